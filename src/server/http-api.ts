/**
 * The HTTP side of the API (the routes are listed in src/sync/api-types.ts): reads a JSON body of
 * at most 64 KiB, validates it, finds the calling member by their bearer token, and answers JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  createSpaceBody,
  joinBody,
  registerLayerBody,
  rotateCodeBody,
  sharingBody,
} from '../sync/api-types';
import { isSafeId } from '../sync/unit-names';
import { HttpError } from './http-error';
import { sha256 } from './secrets';
import type { Caller, SpaceActions } from './space-actions';
import { memberByTokenHash } from './space-record';
import type { SpaceStore } from './space-store';

const MAX_BODY = 64 * 1024;

export function createApiHandler(spaces: SpaceStore, actions: SpaceActions) {
  async function caller(request: IncomingMessage, spaceId: string): Promise<Caller> {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new HttpError(401, 'This needs a member token.');
    const space = isSafeId(spaceId) ? await spaces.get(spaceId) : undefined;
    const found = space && memberByTokenHash(space, sha256(token));
    if (!found) throw new HttpError(401, 'This token is not a member of the space.');
    return { spaceId, memberId: found.memberId, role: found.member.role };
  }

  async function route(request: IncomingMessage, path: string): Promise<unknown> {
    const method = request.method ?? 'GET';
    if (method === 'POST' && path === '/api/spaces') {
      return actions.createSpace(await body(request, createSpaceBody));
    }
    if (method === 'POST' && path === '/api/join') {
      const { code, name } = await body(request, joinBody);
      return actions.join(code, name);
    }
    const match = /^\/api\/spaces\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) throw new HttpError(404, 'No such API.');
    const [spaceId, rest = ''] = [decodeURIComponent(match[1]!), match[2]];
    const who = await caller(request, spaceId);
    if (method === 'GET' && rest === '') return actions.summary(who);
    if (method !== 'POST') throw new HttpError(405, 'Use POST.');
    if (rest === '/leave') return actions.leave(who);
    if (rest === '/codes/rotate') {
      return actions.rotateCode(who, (await body(request, rotateCodeBody)).role);
    }
    if (rest === '/layers') {
      const { layerId, lessonId } = await body(request, registerLayerBody);
      return actions.registerLayer(who, layerId, lessonId);
    }
    const member = /^\/members\/([^/]+)\/remove$/.exec(rest);
    if (member) return actions.removeMember(who, decodeURIComponent(member[1]!));
    const lesson = /^\/lessons\/([^/]+)\/(sharing|submit|reveal)$/.exec(rest);
    if (lesson) {
      const lessonId = decodeURIComponent(lesson[1]!);
      if (!isSafeId(lessonId)) throw new HttpError(400, 'Not a valid lesson id.');
      if (lesson[2] === 'submit') return actions.submit(who, lessonId);
      if (lesson[2] === 'reveal') return actions.reveal(who, lessonId);
      return actions.setSharing(who, lessonId, (await body(request, sharingBody)).sharing);
    }
    throw new HttpError(404, 'No such API.');
  }

  return async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<void> {
    try {
      const result = (await route(request, path)) ?? { ok: true };
      send(response, 200, result);
    } catch (error) {
      if (error instanceof HttpError) send(response, error.status, { error: error.message });
      else {
        console.error(error);
        send(response, 500, { error: 'The server failed; nothing was changed.' });
      }
    }
  };
}

function send(response: ServerResponse, status: number, payload: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(payload));
}

async function body<T extends z.ZodType>(request: IncomingMessage, schema: T): Promise<z.infer<T>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new HttpError(400, 'The request is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, `Invalid ${issue?.path.join('.') || 'request'}: ${issue?.message}`);
  }
  return parsed.data;
}
