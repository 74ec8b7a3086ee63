/**
 * What Settings › Sharing can do: create a space, join one with a code, leave, and the owners' and
 * students' actions on the server. The membership is kept in this browser (storage `meta`); the
 * running session (Yjs, the WebSocket) is imported only once a space is joined, so a solo Slant
 * loads none of it and opens no socket.
 */
import {
  createSpace,
  joinSpace,
  membership as toMembership,
  SpaceApi,
  SyncApiError,
} from '../../sync/space-api';
import type { Joined } from '../../sync/api-types';
import type { Role, SharingPolicy, SpaceKind } from '../../sync/space-policy';
import { sync } from '../../storage';
import { useSharingStore, type StoredMembership } from './sharing-store';
// Only the type: the session's code (Yjs, the socket) is imported when a space is joined.
import type { SpaceSession } from './space-session';

let session: SpaceSession | undefined;

/** Reads the membership kept here; starts syncing when a space is joined. Sends nothing otherwise. */
export async function startSharingIfJoined(): Promise<void> {
  const kept = (await sync.membership<StoredMembership>()) ?? null;
  useSharingStore.getState().setMembership(kept);
  if (kept) await startSession(kept);
}

let releaseTab: (() => void) | undefined;
let generation = 0;

/**
 * Starts syncing in one tab only: two tabs would each push the same local edit, and a note typed
 * once would arrive twice. The other tabs wait for the tab lock (Web Locks) and see the shared
 * records through the database meanwhile.
 */
async function startSession(member: StoredMembership): Promise<void> {
  stopSession();
  const mine = ++generation;
  const start = async () => {
    if (mine !== generation) return;
    // Another tab may have left the space while this one waited.
    const kept = await sync.membership<StoredMembership>();
    if (!kept || kept.memberId !== member.memberId) {
      useSharingStore.getState().setMembership(kept ?? null);
      return;
    }
    const { SpaceSession } = await import('./space-session');
    if (mine !== generation) return;
    session = new SpaceSession(member);
    await session.start();
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return start();
  let started: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (started = resolve));
  const held = new Promise<void>((resolve) => (releaseTab = resolve));
  const status = useSharingStore.getState();
  void locks.request('slant-sync-session', { ifAvailable: true }, async (lock) => {
    if (!lock) {
      status.setStatus({ state: 'other-tab', waiting: 0, refused: 0 });
      started();
      // Take over when the other tab closes.
      void locks.request('slant-sync-session', async () => {
        await start();
        await held;
      });
      return;
    }
    await start().finally(started);
    await held;
  });
  await running;
}

function stopSession(): void {
  generation++;
  session?.stop();
  session = undefined;
  releaseTab?.();
  releaseTab = undefined;
}

/** `127.0.0.1:1234` → `http://127.0.0.1:1234`; throws with what to type when it is no address. */
export function normaliseServerUrl(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) throw new Error('Type the server’s address, e.g. http://192.168.1.20:1234.');
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    return new URL(withScheme).origin;
  } catch {
    throw new Error(
      `“${trimmed}” is not a server address. Type one like http://192.168.1.20:1234.`,
    );
  }
}

/** An error from the server or the network, as a sentence that says what to do. */
export function explain(error: unknown, serverUrl: string): string {
  const host = (() => {
    try {
      return new URL(serverUrl).host;
    } catch {
      return serverUrl;
    }
  })();
  if (error instanceof SyncApiError) {
    if (error.status === 404 && /code/i.test(error.message))
      return `The server at ${host} does not know this code: check it with whoever gave it to you (codes can be rotated).`;
    return `The server at ${host} refused: ${error.message}.`;
  }
  if (error instanceof Error && /not a server address|Type the server/.test(error.message))
    return error.message;
  const elsewhere =
    typeof window !== 'undefined' &&
    /^https?:$/.test(window.location.protocol) &&
    !sameOrigin(serverUrl)
      ? ` Also open Slant from the server’s own address (${serverUrl}): this copy, opened from ${window.location.host}, may only talk to the address it was opened from.`
      : '';
  return `No answer from ${host}. Check the address, that the server is running, and that this computer is on the same network.${elsewhere}`;
}

function sameOrigin(serverUrl: string): boolean {
  try {
    return new URL(serverUrl).origin === window.location.origin;
  } catch {
    return false;
  }
}

async function keep(serverUrl: string, joined: Joined, name: string): Promise<StoredMembership> {
  const member = toMembership(serverUrl, joined);
  const summary = await new SpaceApi(member).summary();
  const kept: StoredMembership = {
    ...member,
    name,
    spaceName: summary.name,
    kind: summary.kind,
    ...(joined.codes && { codes: joined.codes }),
  };
  await sync.setMembership(kept);
  useSharingStore.getState().setMembership(kept);
  useSharingStore.getState().setSummary(summary);
  await startSession(kept);
  return kept;
}

export async function createNewSpace(
  address: string,
  spaceName: string,
  kind: SpaceKind,
  ownerName: string,
): Promise<StoredMembership> {
  const serverUrl = normaliseServerUrl(address);
  const joined = await createSpace(serverUrl, { name: spaceName, kind, ownerName });
  return keep(serverUrl, joined, ownerName);
}

export async function joinWithCode(
  address: string,
  code: string,
  name: string,
): Promise<StoredMembership> {
  const serverUrl = normaliseServerUrl(address);
  const joined = await joinSpace(serverUrl, code.trim(), name.trim());
  return keep(serverUrl, joined, name.trim());
}

function current(): { member: StoredMembership; api: SpaceApi } {
  const member = useSharingStore.getState().membership;
  if (!member) throw new Error('This browser has not joined a space.');
  return { member, api: session?.api ?? new SpaceApi(member) };
}

/** Stops syncing and forgets the membership; what was shared stays in this browser. */
export async function leaveSpace({ tellServer = true } = {}): Promise<void> {
  const { api } = current();
  try {
    if (tellServer) await api.leave();
  } catch (error) {
    // Removed meanwhile, or the space is gone: there is nothing to leave, only to forget here.
    const gone = error instanceof SyncApiError && [401, 403, 404].includes(error.status);
    if (!gone) throw error;
  }
  stopSession();
  await sync.forgetMembership();
  useSharingStore.getState().setMembership(null);
}

const refreshed = async () => {
  await session?.refresh();
  if (!session) useSharingStore.getState().setSummary(await current().api.summary());
};

export async function removeMember(memberId: string): Promise<void> {
  await current().api.removeMember(memberId);
  await refreshed();
}

export async function rotateCode(role: Role): Promise<string> {
  const { member, api } = current();
  const code = await api.rotateCode(role);
  const codes = { member: '', owner: '', ...member.codes, [role]: code };
  const kept = { ...member, codes };
  await sync.setMembership(kept);
  useSharingStore.getState().setMembership(kept);
  return code;
}

export async function setLessonSharing(lessonId: string, sharing: SharingPolicy): Promise<void> {
  await current().api.setSharing(lessonId, sharing);
  await refreshed();
}

export async function revealKey(lessonId: string): Promise<void> {
  await current().api.reveal(lessonId);
  await refreshed();
}

/** A student hands in their work on a lesson: it becomes read-only, and classmates' may show. */
export async function submitLesson(lessonId: string): Promise<void> {
  await session?.flushed();
  await current().api.submit(lessonId);
  await refreshed();
}
