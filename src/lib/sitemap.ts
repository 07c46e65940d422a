/**
 * @astrojs/sitemap treats "/" as an unprefixed default-locale page, so it lists "/" as a zh
 * alternate of /zh/ and /en/. Here "/" is the language chooser (x-default): drop those links.
 */
interface Item {
  url: string;
  links?: { url: string; lang: string }[];
}

export function fixAlternates<T extends Item>(item: T): T {
  const isRoot = (u: string) => new URL(u).pathname === '/';
  if (isRoot(item.url)) return { ...item, links: undefined };
  return item.links ? { ...item, links: item.links.filter((l) => !isRoot(l.url)) } : item;
}
