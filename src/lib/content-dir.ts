/**
 * Where content is read from. `SIMEXIT_CONTENT` points a build at another folder
 * (test fixtures, the 1,000-guide benchmark); it must be relative to the project root.
 */
export function contentDir(): string {
  return process.env.SIMEXIT_CONTENT ?? 'content';
}
