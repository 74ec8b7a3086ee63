/**
 * A claim made in one go from passages the reader confirmed, such as the "Death toll" Compare
 * suggests from the articles' figures: the claim, then each passage linked as if picked by hand
 * (claim-commands.ts), so an annotation already on a passage is reused.
 */
import type { Claim } from '../domain/types';
import { createClaim, linkPassage, type PickedPassage } from './claim-commands';

export async function createClaimWithPassages(
  name: string,
  passages: readonly PickedPassage[],
): Promise<Claim> {
  const claim = await createClaim(name);
  for (const passage of passages) await linkPassage(claim, passage);
  return claim;
}
