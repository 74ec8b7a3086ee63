import { z } from 'zod';
import { AFFILIATIONS, type Outlet } from '../../domain/types';

/**
 * The outlet registry as a file a class or newsroom can share: a vetted list of outlets with
 * their affiliation, notes and evidence. Importing validates the whole file before anything is
 * written, and says where it is wrong.
 */
export const REGISTRY_FORMAT = 'slant-outlet-registry';
const REGISTRY_VERSION = 1;

const httpUrl = z
  .string()
  .url()
  .refine((url) => /^https?:\/\//i.test(url), 'must be an http(s) address');

/**
 * An outlet as a shared file may hold it: more lenient than the stored record's schema (missing
 * lists default to empty, names are trimmed), stricter on links, and it reads into an `Outlet`.
 */
const outletSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'an outlet needs a name'),
  aliases: z.array(z.string()).default([]),
  domains: z.array(z.string().trim().toLowerCase().min(1)).default([]),
  affiliation: z.enum(AFFILIATIONS),
  country: z.string().optional(),
  owner: z.string().optional(),
  notes: z.string().optional(),
  evidence: z.array(z.object({ url: httpUrl, label: z.string().optional() })).default([]),
}) satisfies z.ZodType<Outlet>;

const registrySchema = z.object({
  format: z.literal(REGISTRY_FORMAT, { error: `this is not a Slant outlet registry file` }),
  version: z.literal(REGISTRY_VERSION, {
    error: `this registry was made by a newer Slant (format version ${REGISTRY_VERSION} expected)`,
  }),
  outlets: z.array(outletSchema),
});

export function toRegistryFile(outlets: readonly Outlet[], exportedAt = new Date()): string {
  return `${JSON.stringify(
    {
      format: REGISTRY_FORMAT,
      version: REGISTRY_VERSION,
      exportedAt: exportedAt.toISOString(),
      outlets,
    },
    null,
    2,
  )}\n`;
}

type RegistryParse = { ok: true; outlets: Outlet[] } | { ok: false; error: string };

export function parseRegistryFile(text: string): RegistryParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
  }
  const result = registrySchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, error: `The registry cannot be imported${where}: ${issue.message}.` };
  }
  const ids = new Set<string>();
  for (const outlet of result.data.outlets) {
    if (ids.has(outlet.id))
      return { ok: false, error: `The registry lists outlet id “${outlet.id}” twice.` };
    ids.add(outlet.id);
  }
  return { ok: true, outlets: result.data.outlets };
}
