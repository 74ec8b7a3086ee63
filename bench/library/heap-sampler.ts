/**
 * The page's JS heap, sampled every 50 ms through CDP (`Runtime.getHeapUsage`) while a long
 * operation runs, so a peak in the middle of a backup or a restore is seen, not only the end.
 */
import type { Page } from 'playwright-core';

const EVERY_MS = 50;

export async function sampleHeap(page: Page): Promise<{ stop(): Promise<number> }> {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usedSize);
      } catch {
        // The page navigated or closed meanwhile: the samples so far stand.
      }
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return peak / 1024 / 1024;
    },
  };
}
