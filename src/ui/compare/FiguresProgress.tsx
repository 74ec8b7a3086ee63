/**
 * What the Compare figures are still waiting for, or could not get: suggestions being counted,
 * sources being found, and either's failure (the figures then say what they leave out).
 */
interface FiguresProgressProps {
  articles: number;
  analysing: boolean;
  sourcesPending: boolean;
  sourcesError: string | null | undefined;
  suggestionsError: string | null | undefined;
}

export function FiguresProgress({
  articles,
  analysing,
  sourcesPending,
  sourcesError,
  suggestionsError,
}: FiguresProgressProps) {
  return (
    <>
      {analysing && <p role="status">Looking for suggestions in {articles} articles…</p>}
      {sourcesPending && <p role="status">Finding the sources {articles} articles name…</p>}
      {sourcesError && (
        <p role="alert" className="error-text">
          Sources could not be found: {sourcesError}.
        </p>
      )}
      {suggestionsError && (
        <p role="alert" className="error-text">
          Suggestions could not be counted: {suggestionsError}. The figures show accepted
          annotations only.
        </p>
      )}
    </>
  );
}
