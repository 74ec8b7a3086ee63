/** Types for the word list inside the `vader-sentiment` package, which ships none. */
declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** Lower-cased word or emoticon to mean valence, from about -4 (negative) to +4. */
  export const lexicon: Record<string, number>;
}
