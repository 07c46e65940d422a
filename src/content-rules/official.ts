/**
 * Which sites count as official: a carrier's own site (the hosts of every carrier's
 * website, cancelUrl and sites, and their subdomains), a country's regulator, a government domain,
 * and for device guides the maker's site named in the guide.
 */
import type { ContentModel } from './types.ts';

/** Government domains (and their subdomains). */
export const GOVERNMENT_SUFFIXES = [
  'go.jp',
  'lg.jp',
  'gov',
  'gov.uk',
  'gov.it',
  'europa.eu',
  'gc.ca',
  'gov.au',
  'govt.nz',
  'go.kr',
  'gov.cn',
  'gov.hk',
];

export function officialHosts(model: ContentModel): Set<string> {
  const hosts = new Set<string>();
  for (const { data } of model.carriers.values())
    for (const u of [data.website, data.cancelUrl, ...data.sites])
      if (u) hosts.add(new URL(u).hostname);
  for (const { data } of model.countries.values())
    if (data.regulator) hosts.add(new URL(data.regulator.url).hostname);
  return hosts;
}

const bare = (h: string) => h.replace(/^www\./, '');

/** Is `host` one of `hosts`, or a subdomain of one (www. ignored)? */
export function hostIn(host: string, hosts: Iterable<string>): boolean {
  const h = bare(host);
  for (const o of hosts) {
    const b = bare(o);
    if (h === b || h.endsWith(`.${b}`)) return true;
  }
  return false;
}

export const isGovernmentHost = (host: string) =>
  GOVERNMENT_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
