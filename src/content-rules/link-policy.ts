/** Which external links content may carry: https only, never Telegram, image hosts, document-sharing sites or affiliate links. */
const BANNED: [RegExp, string][] = [
  [/(^|\/\/|\.)t\.me\//i, 'Telegram links are not allowed'],
  [/telegram\.(me|org|dog)/i, 'Telegram links are not allowed'],
  [
    /(imgur\.com|postimg\.|ibb\.co|imgbb\.com|tinypic\.com|photobucket\.com|imageshack\.)/i,
    'image-host links are not allowed',
  ],
  [
    /(scribd\.com|docplayer\.|yumpu\.com|pdfcoffee\.com|issuu\.com|slideshare\.net|studocu\.com|dokumen\.(pub|tips)|documents\.pub|fdocuments\.)/i,
    "document-sharing sites are not allowed (they often show people's personal data): cite the official page instead",
  ],
  [/[?&](ref|aff|affiliate|tag|utm_[a-z]+)=/i, 'remove tracking/affiliate parameters'],
];

/** Problems with one URL found in content, or [] when it is fine. */
export function urlProblems(url: string): string[] {
  const out: string[] = [];
  if (/^http:\/\//i.test(url)) out.push('use https:// (plain http is not accepted)');
  for (const [re, msg] of BANNED) if (re.test(url)) out.push(msg);
  return out;
}

/** Every URL-looking string in a text (Markdown links, bare URLs, YAML values). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/\bhttps?:\/\/[^\s)"'<>\]]+|\bt\.me\/[^\s)"'<>\]]+/gi)].map((m) => m[0]);
}
