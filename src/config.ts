/**
 * Every setting the build reads from the environment, in one place (documented in the README):
 *   SITE_URL          public origin; required by `astro build` unless the host provides one
 *                     (Netlify's URL, Cloudflare Pages' CF_PAGES_URL); `npm start`, `npm test`
 *                     and `npm run preview` set the local origin explicitly
 *   SIMEXIT_CONTENT   content folder, relative to the repo (fixtures, benchmark)
 *   SIMEXIT_CACHE     Astro's cache folder (fixture and benchmark builds keep their own)
 *   SIMEXIT_PAGEFIND  "0" skips the search index (the benchmark times it separately)
 */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** The public origin, without a trailing slash. A production build never falls back to localhost. */
export function siteUrl(env: Env = process.env, building = process.argv.includes('build')): string {
  const fromHost =
    env.NETLIFY === 'true' ? env.URL : env.CF_PAGES === '1' ? env.CF_PAGES_URL : undefined;
  const origin = env.SITE_URL || fromHost;
  if (origin) {
    if (!URL.canParse(origin))
      throw new ConfigError(
        `SITE_URL "${origin}" is not a URL: set it to the public origin, e.g. https://simexit.example`,
      );
    return origin.replace(/\/$/, '');
  }
  if (building) {
    throw new ConfigError(
      `SITE_URL is not set. A deployed build must know its public origin (canonical URLs, hreflang, sitemap): ` +
        `run SITE_URL=https://your.domain npm run build, or use npm start / npm test for a local build`,
    );
  }
  return LOCAL_ORIGIN;
}

export const contentDir = (env: Env = process.env) => env.SIMEXIT_CONTENT ?? 'content';
export const cacheDir = (env: Env = process.env) => env.SIMEXIT_CACHE ?? './node_modules/.astro';
export const pagefindEnabled = (env: Env = process.env) => env.SIMEXIT_PAGEFIND !== '0';
