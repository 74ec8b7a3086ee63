/**
 * What the app shows about sharing: the membership this browser keeps (none: solo), the space's
 * summary, and the sync status for the header. Small and free of Yjs, so the solo app loads none
 * of the sync code: the session (space-session.ts) is imported only once a space is joined.
 */
import { create } from 'zustand';
import type { SpaceSummary } from '../../sync/api-types';
import type { Membership } from '../../sync/space-api';
import type { SpaceKind } from '../../sync/space-policy';

export { sharedSubmissionId } from './shared-ids';
export { DEFAULT_LESSON, SHARING_POLICIES, type SharingPolicy } from '../../sync/space-policy';

/** A membership as this browser keeps it (Dexie `meta`), with what Settings shows of it. */
export interface StoredMembership extends Membership {
  name: string;
  spaceName: string;
  kind: SpaceKind;
  /** The invitation codes, kept for owners so Settings can show them again. */
  codes?: { member: string; owner: string };
}

/** `other-tab`: another tab of Slant in this browser does the syncing. */
export type SyncState = 'connecting' | 'synced' | 'syncing' | 'offline' | 'other-tab';

export interface SyncStatus {
  state: SyncState;
  /** Changes made here that the server has not acknowledged yet. */
  waiting: number;
  /** Why the server cannot be reached, in words. */
  why?: string;
  /** Changes the server refused (this member may not make them). */
  refused: number;
}

interface SharingState {
  /** undefined until read from storage; null when no space is joined. */
  membership: StoredMembership | null | undefined;
  summary: SpaceSummary | null;
  status: SyncStatus;
  setMembership: (membership: StoredMembership | null) => void;
  setSummary: (summary: SpaceSummary | null) => void;
  setStatus: (status: SyncStatus) => void;
}

export const INITIAL_STATUS: SyncStatus = { state: 'connecting', waiting: 0, refused: 0 };

export const useSharingStore = create<SharingState>((set) => ({
  membership: undefined,
  summary: null,
  status: INITIAL_STATUS,
  setMembership: (membership) =>
    set(membership ? { membership } : { membership, summary: null, status: INITIAL_STATUS }),
  setSummary: (summary) => set({ summary }),
  setStatus: (status) => set({ status }),
}));
