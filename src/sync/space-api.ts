/**
 * The typed client for the sync server's HTTP API (api-types.ts): create or join a space, then
 * act as that member. Runs in Node and in the browser (global fetch).
 */
import type { CreateSpaceRequest, Joined, SpaceSummary } from './api-types';
import type { Role, SharingPolicy } from './space-policy';

/** A member's standing in a space, as the client keeps it. */
export interface Membership {
  /** The server's address, e.g. `http://127.0.0.1:1234`. */
  serverUrl: string;
  spaceId: string;
  memberId: string;
  role: Role;
  token: string;
}

export class SyncApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SyncApiError';
  }
}

type Fetch = typeof fetch;

export async function createSpace(
  serverUrl: string,
  request: CreateSpaceRequest,
  fetchImpl: Fetch = fetch,
): Promise<Joined> {
  return call<Joined>(fetchImpl, serverUrl, 'POST', '/api/spaces', request);
}

export async function joinSpace(
  serverUrl: string,
  code: string,
  name: string,
  fetchImpl: Fetch = fetch,
): Promise<Joined> {
  return call<Joined>(fetchImpl, serverUrl, 'POST', '/api/join', { code, name });
}

export function membership(serverUrl: string, joined: Joined): Membership {
  const { spaceId, memberId, role, token } = joined;
  return { serverUrl, spaceId, memberId, role, token };
}

/** What a member can ask of the server; owners' actions are refused (403) for members. */
export class SpaceApi {
  constructor(
    readonly member: Membership,
    private readonly fetchImpl: Fetch = fetch,
  ) {}

  summary(): Promise<SpaceSummary> {
    return this.send<SpaceSummary>('GET', '');
  }

  async leave(): Promise<void> {
    await this.send('POST', '/leave');
  }

  async removeMember(memberId: string): Promise<void> {
    await this.send('POST', `/members/${encodeURIComponent(memberId)}/remove`);
  }

  async rotateCode(role: Role): Promise<string> {
    return (await this.send<{ code: string }>('POST', '/codes/rotate', { role })).code;
  }

  /** Records one's own layer with the server, and the lesson it is work for (if any). */
  async registerLayer(layerId: string, lessonId?: string): Promise<void> {
    await this.send('POST', '/layers', { layerId, lessonId });
  }

  async setSharing(lessonId: string, sharing: SharingPolicy): Promise<void> {
    await this.send('POST', `/lessons/${encodeURIComponent(lessonId)}/sharing`, { sharing });
  }

  /** Hands in one's work: the lesson's layers become read-only for their author. */
  async submit(lessonId: string): Promise<void> {
    await this.send('POST', `/lessons/${encodeURIComponent(lessonId)}/submit`);
  }

  async reveal(lessonId: string): Promise<void> {
    await this.send('POST', `/lessons/${encodeURIComponent(lessonId)}/reveal`);
  }

  private send<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const { serverUrl, spaceId, token } = this.member;
    const url = `/api/spaces/${encodeURIComponent(spaceId)}${path}`;
    return call<T>(this.fetchImpl, serverUrl, method, url, body, token);
  }
}

async function call<T>(
  fetchImpl: Fetch,
  serverUrl: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetchImpl(new URL(path, serverUrl), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) {
    throw new SyncApiError(response.status, payload.error ?? `HTTP ${response.status}`);
  }
  return payload as T;
}
