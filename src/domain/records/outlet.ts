import { z } from 'zod';
import { AFFILIATIONS } from './choices';
import { idSchema } from './fields';

const evidenceLinkSchema = z.strictObject({
  url: z.string(),
  label: z.string().optional(),
});

export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/** Who publishes what: an entry of the user's outlet registry. */
export const outletSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  /** Bare host names without `www.`, e.g. `southfront.press`. */
  domains: z.array(z.string()),
  affiliation: z.enum(AFFILIATIONS),
  country: z.string().optional(),
  owner: z.string().optional(),
  notes: z.string().optional(),
  evidence: z.array(evidenceLinkSchema),
});

export type Outlet = z.infer<typeof outletSchema>;
