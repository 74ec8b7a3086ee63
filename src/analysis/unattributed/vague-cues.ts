/**
 * The phrases that mark a claim as unattributed or vaguely attributed: hedges that name no one
 * ("reportedly", "reports suggest", "sources say", "some say", "many believe"), agentless
 * passives that hide who speaks ("it is estimated", "were reported", "is being described as"),
 * and unnamed crowds of sources ("as reported by recent news sources", "circulating on social
 * media"), and hedges that present an inference as fact ("appears to be", "seemingly"). A cue's
 * kind chooses the wording of the reason shown on hover.
 */

export type CueKind = 'vague' | 'agentless' | 'hedge';

export interface Cue {
  /** Global, case-insensitive; the match is the phrase quoted in the reason. */
  pattern: RegExp;
  kind: CueKind;
}

/** What reports and sources do. */
const SAY = String.raw`(?:say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|claim|claims|claimed|show|shows|showed|state|states|stated|report|reported|allege|alleges|alleged|told)`;
/** What unnamed people do. */
const HOLD = String.raw`(?:say|said|suggest|suggested|claim|claimed|allege|alleged|believe|believed|think|thought|fear|feared|argue|argued|contend|insist|insisted)`;
const VAGUE_SOURCE = String.raw`(?:unverified|unconfirmed|recent|numerous|various|several|multiple|some|other|unnamed|unspecified|anonymous|local|media|news|press|initial|early|conflicting|many)`;

function cue(source: string, kind: CueKind): Cue {
  return { pattern: new RegExp(source, 'giu'), kind };
}

export const CUES: readonly Cue[] = [
  cue(String.raw`\b(?:reportedly|allegedly|purportedly|supposedly|rumou?redly)\b`, 'vague'),
  cue(String.raw`\b(?:${VAGUE_SOURCE}\s+)?reports\s+(?:from\s+the\s+region\s+)?${SAY}\b`, 'vague'),
  cue(String.raw`\b(?:a|one|another|${VAGUE_SOURCE})\s+report\s+${SAY}\b`, 'vague'),
  cue(
    String.raw`(?<!\b(?:the|these|those|our|my)\s)\b(?:${VAGUE_SOURCE}\s+)?sources\s+${SAY}\b`,
    'vague',
  ),
  cue(
    String.raw`\b(?:some|many|others|critics|observers|experts|analysts|commentators|insiders|people)\s+(?:have\s+)?${HOLD}\b`,
    'vague',
  ),
  cue(
    String.raw`\b(?:surveys|studies|polls|research|evidence)\s+(?:suggest|suggests|show|shows|indicate|indicates)\b`,
    'vague',
  ),
  cue(String.raw`\bthere\s+(?:are|were|have\s+been|had\s+been)\s+(?:\w+\s+)?reports\b`, 'vague'),
  cue(
    String.raw`\b(?:according\s+to|as\s+(?:reported|documented|indicated|noted|shown|seen)\s+(?:by|in))\s+(?:the\s+)?(?:${VAGUE_SOURCE}\b[\w\s-]{0,40}?(?:sources|reports|outlets|accounts|images|videos|posts|footage)|reports\b|social\s+media)`,
    'vague',
  ),
  cue(
    String.raw`\b(?:circulating|circulated|shared|posted|spreading|going\s+viral)\s+(?:on|across|via)\s+social\s+media\b`,
    'vague',
  ),
  cue(
    String.raw`\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+)?(?:estimated|believed|thought|said|claimed|alleged|reported|feared|understood|rumou?red|suggested|assumed|known)\b`,
    'agentless',
  ),
  cue(
    String.raw`\b(?:what\s+)?(?:is|are|was|were)\s+(?:being\s+)?(?:described|characteri[sz]ed|categori[sz]ed|labell?ed|branded|dubbed|touted|billed)\s+as\b`,
    'agentless',
  ),
  cue(
    String.raw`,\s*(?:described|characteri[sz]ed|categori[sz]ed|branded|dubbed|labell?ed)\s+as\b`,
    'agentless',
  ),
  cue(
    String.raw`\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+reported\b`,
    'agentless',
  ),
  cue(
    String.raw`\b(?:is|are|was|were)\s+(?:said|believed|thought|rumou?red|alleged)\s+to\b`,
    'agentless',
  ),
  cue(
    String.raw`\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely\s+|generally\s+|largely\s+)?(?:understood|seen|regarded|viewed|considered|critici[sz]ed|condemned|expected|feared|presumed|suspected)\s+(?:to|as)\b`,
    'agentless',
  ),
  cue(
    String.raw`\bsources\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|inside|within)\b`,
    'vague',
  ),
  cue(String.raw`\b(?:appears?|appeared|seems?|seemed)\s+to\s+(?:be|have)\b`, 'hedge'),
  cue(String.raw`\b(?:seemingly|apparently|ostensibly|presumably)\b`, 'hedge'),
];
