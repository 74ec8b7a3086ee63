/**
 * Claims in W3C exports. A claim links passages of several documents under one name; the model
 * has no place for that, so each annotation lists the claims it belongs to in `slant:claims`,
 * `[{ id, name, note? }]`, the id an IRI like the annotation's own (`urn:uuid:<id>`). Every
 * annotation carries the claim's name and note, so any subset of the file still rebuilds it;
 * an import gathers the annotations that name the same claim id back into one claim.
 */
import type { Claim } from '../../domain/types';
import { idFromUrn, isUuid } from './identifiers';
import { asList, asString, idOf, isObject } from '../shared';
import { stableUuid } from './stable-uuid';
import type { W3CClaimRef } from './w3c-types';

const CLAIM_URN = 'urn:slant:claim:';
export const CLAIMS_PROPERTY = 'slant:claims';

/** `urn:uuid:<id>` for a UUID, Slant's claim URN for any other id. */
function claimIri(id: string): string {
  return isUuid(id) ? `urn:uuid:${id}` : `${CLAIM_URN}${encodeURIComponent(id)}`;
}

/** The claim id an IRI names: the inverse of `claimIri`; another tool's IRI gets a stable UUID. */
function claimIdFromIri(iri: string): string {
  const uuid = iri.replace(/^urn:uuid:/i, '');
  if (isUuid(uuid)) return uuid;
  return idFromUrn(iri, CLAIM_URN) ?? stableUuid(iri);
}

/** Each annotation's claims, in the order the claims are given, each named once. */
export function claimRefsByAnnotation(
  claims: readonly Claim[],
): ReadonlyMap<string, W3CClaimRef[]> {
  const byAnnotation = new Map<string, W3CClaimRef[]>();
  for (const claim of claims) {
    const ref: W3CClaimRef = {
      id: claimIri(claim.id),
      name: claim.name,
      ...(claim.note.length > 0 && { note: claim.note }),
    };
    for (const annotationId of new Set(claim.annotationIds)) {
      const refs = byAnnotation.get(annotationId);
      if (refs) refs.push(ref);
      else byAnnotation.set(annotationId, [ref]);
    }
  }
  return byAnnotation;
}

export interface ForeignClaim {
  /** Slant's claim id, from the IRI. */
  id: string;
  name: string;
  note: string;
}

interface ReadClaims {
  claims: ForeignClaim[];
  /** What could not be read, e.g. `slant:claims[1] has no name`; the rest is still used. */
  problems: string[];
}

/** The claims an annotation names. A malformed entry is left out and reported, never fatal. */
export function readClaims(value: unknown): ReadClaims {
  if (value === undefined) return { claims: [], problems: [] };
  if (!Array.isArray(value) && !isObject(value)) {
    return {
      claims: [],
      problems: [
        `${CLAIMS_PROPERTY} is not a list of claims ({ id, name }); its claims were left out`,
      ],
    };
  }
  const claims: ForeignClaim[] = [];
  const problems: string[] = [];
  const many = Array.isArray(value);
  asList(value).forEach((entry, index) => {
    const at = many ? `${CLAIMS_PROPERTY}[${index}]` : CLAIMS_PROPERTY;
    const problem = (what: string) => problems.push(`${at} ${what}; that claim was left out`);
    if (!isObject(entry)) return void problem('is not a claim ({ id, name })');
    const iri = idOf(entry)?.trim();
    const name = asString(entry.name);
    if (!iri) return void problem('has no id');
    if (name === undefined) return void problem('has no name');
    const id = claimIdFromIri(iri);
    if (!claims.some((c) => c.id === id))
      claims.push({ id, name, note: asString(entry.note) ?? '' });
  });
  return { claims, problems };
}

/**
 * Gathers the claims of imported annotations: one claim per id, holding every imported annotation
 * that names it, with the name and note of its first mention.
 */
export function gatherClaims(now: string, layerId: string) {
  const byId = new Map<string, Claim>();
  return {
    add(annotationId: string, claims: readonly ForeignClaim[]) {
      for (const { id, name, note } of claims) {
        const claim = byId.get(id);
        if (!claim) {
          byId.set(id, {
            id,
            layerId,
            name,
            note,
            annotationIds: [annotationId],
            createdAt: now,
            updatedAt: now,
          });
        } else if (!claim.annotationIds.includes(annotationId)) {
          claim.annotationIds.push(annotationId);
        }
      }
    },
    claims: (): Claim[] => [...byId.values()],
  };
}
