import type { Carrier } from '../schemas/carrier.ts';

/** Every name a carrier goes by, without repeats, starting with the given ones. */
export function carrierNames(c: Carrier, first: string[] = []): string[] {
  return [...new Set([...first, c.names.native, c.names.zh, c.names.en, ...c.aliases])];
}
