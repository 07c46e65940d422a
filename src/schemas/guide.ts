/** content/guides/<lang>/<country>/<slug>.mdx frontmatter. */
import { z } from 'astro/zod';
import { httpsUrl, idSchema, pastDate } from './common.ts';
import { sourceSchema } from './source.ts';

export const GUIDE_KINDS = ['carrier', 'general', 'device'] as const;
export const SIM_TYPES = ['physical', 'esim', 'prepaid', 'data-only'] as const;
export const CHANNELS = [
  'online',
  'app',
  'store',
  'phone',
  'post',
  'automatic',
  'port-out',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const ABROAD = ['yes', 'no', 'unknown'] as const;
/** The section every carrier guide has for readers who have already left the country. */
export const FROM_ABROAD = 'from-abroad';
export type SimType = (typeof SIM_TYPES)[number];

export const channelSchema = z.object({
  type: z.enum(CHANNELS, { error: `channel type must be one of ${CHANNELS.join(', ')}` }),
  /** false = this way does not exist; say so rather than stay silent. */
  available: z.boolean().default(true),
  note: z
    .string({ error: 'give each channel a short note' })
    .min(1)
    .max(200, { error: 'keep the channel note under 200 characters' }),
  fee: z.string().optional(),
  notice: z.string().optional(),
  /** The <Section> id that explains this way (defaults to a section whose id is the type). */
  section: idSchema('section').optional(),
  /** Where the reader acts (login, form, shop finder): a listed source's or the carrier's own site. */
  url: httpsUrl('the channel url').optional(),
  /** Does this way still work once the reader has left the country? */
  abroad: z
    .union([z.enum(ABROAD), z.boolean()], { error: `abroad must be one of ${ABROAD.join(', ')}` })
    .transform((v) => (v === true ? 'yes' : v === false ? 'no' : v))
    .default('unknown'),
  abroadNote: z
    .string()
    .min(1)
    .max(160, { error: 'keep abroadNote under 160 characters' })
    .optional(),
  /** Source ids backing the note, fee, notice and abroadNote. */
  cite: z.array(idSchema('source')).default([]),
});

const base = z.object({
  title: z.string({ error: 'add a title' }).min(1, { error: 'the title is empty' }),
  description: z
    .string({ error: 'add a description (one sentence, at most 160 characters)' })
    .min(1)
    .max(160, { error: 'shorten the description to at most 160 characters' }),
  country: idSchema('country'),
  simTypes: z
    .array(z.enum(SIM_TYPES, { error: `simTypes values must be among ${SIM_TYPES.join(', ')}` }))
    .min(1, { error: 'list at least one SIM type in simTypes' }),
  channels: z.array(channelSchema).default([]),
  lastVerified: pastDate('lastVerified'),
  sources: z
    .array(sourceSchema, { error: 'add a sources list' })
    .min(1, { error: 'add at least one source in sources' }),
  draft: z.boolean().default(false),
});

export const carrierGuideSchema = base.extend({
  kind: z.literal('carrier'),
  carrier: idSchema('carrier'),
});
export const generalGuideSchema = base.extend({
  kind: z.enum(['general', 'device']),
  carrier: idSchema('carrier').optional(),
  /** Device guides: the maker whose own pages may be cited as official. */
  maker: z.object({ name: z.string().min(1), website: httpsUrl('maker.website') }).optional(),
});

export const guideSchema = z.discriminatedUnion('kind', [carrierGuideSchema, generalGuideSchema], {
  error: `kind must be one of ${GUIDE_KINDS.join(', ')}`,
});

export type Guide = z.infer<typeof guideSchema>;
export type CarrierGuide = z.infer<typeof carrierGuideSchema>;
export const isCarrierGuide = (g: Guide): g is CarrierGuide => g.kind === 'carrier';
