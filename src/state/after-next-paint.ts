/**
 * Runs `work` once the browser has painted the current frame: for work that should not delay
 * what the user sees (saving a change already drawn), but must still happen right away.
 */
export function afterNextPaint<T>(work: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => setTimeout(() => work().then(resolve, reject), 0));
  });
}
