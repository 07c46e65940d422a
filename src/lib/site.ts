/** The public origin of the site (canonical URLs, hreflang, sitemap). Set SITE_URL when deploying. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
}
