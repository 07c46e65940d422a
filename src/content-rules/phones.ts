/** Phone-number detection for the "no unlisted numbers in prose" rule. */

export function normalizePhone(n: string): string {
  return n.replace(/[^0-9+]/g, '');
}

// Japanese (0120-800-000, 0077-7-111, 050-5434-4653), Italian (800.688.788, +39 346 4448921)
// and international forms. Short codes such as 151 must be written with <Phone>.
const PHONE_LIKE =
  /(?<![\w./-])(?:\+\d{1,3}(?:[ .-]?\d{2,8}){1,4}|\(?0\d{1,4}\)?[ .-]?\d{1,4}[ .-]\d{3,4}|\d{3}[ .]\d{3}[ .]\d{3,4}|0\d{9,10})(?![\w/-])/g;

/** Phone-like strings in prose (tags, URLs and frontmatter must be stripped by the caller). */
export function findPhoneLike(text: string): string[] {
  const withoutUrls = text.replace(/https?:\/\/\S+/g, ' ');
  return [...withoutUrls.matchAll(PHONE_LIKE)].map((m) => m[0]);
}
