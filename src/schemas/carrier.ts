/** content/carriers/<id>.yaml */
import { z } from 'astro/zod';
import { httpsUrl, idSchema, localizedNames } from './common.ts';

export const CARRIER_KINDS = ['mno', 'sub-brand', 'mvno', 'travel-esim'] as const;

export const phoneSchema = z.object({
  /** As dialled inside the country, e.g. "0120-800-000" or "151". */
  number: z.string().regex(/^\+?[0-9][0-9 -]*[0-9]$/, {
    error: 'number may hold only digits, spaces, "-" and a leading "+"',
  }),
  label: z.object(
    { zh: z.string().min(1), en: z.string().min(1) },
    { error: 'give the phone a label: { zh, en }' },
  ),
  hours: z.object({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
  source: httpsUrl('the phone source (every phone number needs the https page it was taken from)'),
});

export const carrierSchema = z.object({
  country: idSchema('country'),
  names: localizedNames('carrier'),
  /** What people type: nicknames, misspellings, other scripts. Indexed for search, never shown. */
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(CARRIER_KINDS, { error: `kind must be one of ${CARRIER_KINDS.join(', ')}` }),
  /** For sub-brands: the carrier id of the parent. */
  parent: idSchema('parent carrier').optional(),
  website: httpsUrl('website'),
  /** The carrier's own cancellation page, when one is known. */
  cancelUrl: httpsUrl('cancelUrl').optional(),
  /** Other sites the carrier itself runs (its English site, a support domain): their pages may be cited as official. */
  sites: z.array(httpsUrl('each of sites')).default([]),
  phones: z.array(phoneSchema).default([]),
});

export type Carrier = z.infer<typeof carrierSchema>;
export type Phone = z.infer<typeof phoneSchema>;
