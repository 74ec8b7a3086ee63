import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  annotate,
  annotationsOn,
  appStarted,
  noteField,
  openDocument,
  openPage,
  typeTimed,
} from './app';
import { launchProfile } from './profile-browser';
import { countTyped, type FaultEnv, type TrialCounts } from './scenario';

/**
 * The shape the crash scenarios share: drive the app on a fresh browser profile (`act`), SIGKILL
 * the browser the moment `act` returns, start it again on the same profile and, once the app is
 * up, let `readBack` look at what survived. `killedAt` is when the kill was sent.
 */
export async function killAndRestart<Acted, Result>(
  { baseUrl, chromiumPath, dir }: FaultEnv,
  act: (context: BrowserContext) => Promise<Acted>,
  readBack: (page: Page, acted: Acted, killedAt: number) => Promise<Result>,
): Promise<Result> {
  const profile = join(dir, 'profile');
  const first = await launchProfile(chromiumPath, profile);
  let acted: Acted;
  let killedAt: number;
  try {
    acted = await act(first.context);
    killedAt = Date.now();
  } finally {
    await first.kill();
  }
  const again = await launchProfile(chromiumPath, profile);
  try {
    const page = await openPage(again.context, baseUrl);
    await appStarted(page);
    return await readBack(page, acted, killedAt);
  } finally {
    await again.close();
  }
}

/** Opens the test document, tags the test phrase and puts the caret in its note field. */
export async function startNote(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await openDocument(context, baseUrl);
  await annotate(page);
  await noteField(page).click();
  return page;
}

/** Types `note` key by key into the focused field, then waits `delayMs`; returns the key times. */
export async function typeAndWait(page: Page, note: string, delayMs: number): Promise<number[]> {
  const keyTimes = await typeTimed(page, note);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  return keyTimes;
}

/** What became of a typed note after the fault at `faultAt`: keys lost, copies of the annotation. */
export async function noteCounts(
  page: Page,
  note: string,
  keyTimes: readonly number[],
  faultAt: number,
): Promise<Omit<TrialCounts, 'messages'>> {
  const found = await annotationsOn(page);
  return {
    ...countTyped(note, keyTimes, faultAt, found[0]?.note),
    resurrected: 0,
    duplicated: Math.max(0, found.length - 1),
  };
}
