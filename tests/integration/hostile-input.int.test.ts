/**
 * What a broken or hostile client can send: malformed and oversized Yjs updates, wrong or missing
 * tokens, unknown unit names, a flood of idle and garbage connections. The server refuses each,
 * keeps serving everyone else, and the shared data stays intact.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { OpenUnit } from '../../src/sync/space-connection';
import { syncSocketUrl } from '../../src/sync/space-connection';
import { documentText } from '../../src/sync/unit-docs';
import { unitName, type Unit } from '../../src/sync/unit-names';
import { Devices, until } from './support/clients';
import { castSpace, type Cast } from './support/class-space';
import { startServer, type ServerProcess } from './support/server-process';

/** Hocuspocus's message type for "the server closed this unit for you". */
const CLOSE = 7;

let server: ServerProcess;
let cast: Cast;
let unit: Unit;
let teacher: OpenUnit;
let student: OpenUnit;
const devices = new Devices();
const raw: WebSocket[] = [];

function message(name: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const auth = (name: string, token: string) =>
  message(name, (e) => {
    encoding.writeVarUint(e, 2); // auth
    encoding.writeVarUint(e, 0); // token
    encoding.writeVarString(e, token);
  });

const update = (name: string, bytes: Uint8Array) =>
  message(name, (e) => {
    encoding.writeVarUint(e, 0); // sync
    encoding.writeVarUint(e, 2); // update
    encoding.writeVarUint8Array(e, bytes);
  });

async function rawSocket(): Promise<WebSocket> {
  const socket = new WebSocket(syncSocketUrl(server.url));
  raw.push(socket);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

/** A write by the teacher reaches the student: the server is still serving. */
async function stillServing(label: string): Promise<void> {
  documentText(teacher.doc).insert(documentText(teacher.doc).length, ` [${label}]`);
  const expected = documentText(teacher.doc).toString();
  await until(() => documentText(student.doc).toString() === expected, `a write after ${label}`);
}

beforeAll(async () => {
  server = await startServer();
  cast = await castSpace(server.url);
  unit = { kind: 'text', spaceId: cast.teacher.spaceId, documentId: 'doc-1' };
  const [a, b] = [devices.connect(cast.teacher), devices.connect(cast.ann)];
  teacher = a.open(unit);
  await teacher.synced;
  documentText(teacher.doc).insert(0, 'The text.');
  student = b.open(unit);
  await student.synced;
});

afterAll(async () => {
  for (const socket of raw) socket.terminate();
  devices.closeAll();
  await server?.stop();
});

it('refuses malformed updates and keeps the document intact', async () => {
  const before = documentText(teacher.doc).toString();
  const valid = Y.encodeStateAsUpdate(
    (() => {
      const doc = new Y.Doc();
      doc.getText('text').insert(0, 'An injected paragraph that must not arrive.');
      return doc;
    })(),
  );
  const garbage = [
    Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256),
    valid.slice(0, valid.length - 9),
    Uint8Array.of(255, 255, 255, 255, 255, 1),
  ];
  for (const bytes of garbage) {
    const socket = await rawSocket();
    const closed = new Promise((resolve) => socket.once('close', resolve));
    const types: number[] = [];
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      types.push(decoding.readVarUint(decoder));
    });
    socket.send(auth(unitName(unit), cast.teacher.token));
    socket.send(update(unitName(unit), bytes));
    await until(() => types.includes(CLOSE), 'the server to close the unit for this client');
    socket.close();
    await closed;
  }
  await stillServing('malformed updates');
  expect(documentText(student.doc).toString()).toBe(`${before} [malformed updates]`);
  const fresh = devices.connect(cast.coOwner);
  const check = fresh.open(unit);
  await check.synced;
  expect(documentText(check.doc).toString()).toBe(`${before} [malformed updates]`);
});

it('closes a socket that sends an oversized message', async () => {
  const socket = await rawSocket();
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.send(auth(unitName(unit), cast.teacher.token));
  socket.send(update(unitName(unit), new Uint8Array(9 * 1024 * 1024)));
  expect(await closed).toBe(1009);
  await stillServing('an oversized message');
});

it('refuses a wrong token, a missing token and an unknown unit name', async () => {
  const strangers = [
    { ...cast.ann, token: 'forged-token' },
    { ...cast.ann, token: '' },
  ];
  for (const member of strangers) {
    const connection = devices.connect(member);
    const opened = connection.open(unit);
    await expect(opened.synced).rejects.toThrow(/refused/);
    expect(opened.denied).toBe('not-a-member');
    expect(documentText(opened.doc).toString()).toBe('');
  }
  const socket = await rawSocket();
  const replies: Buffer[] = [];
  socket.on('message', (data: Buffer) => replies.push(data));
  socket.send(auth('../../etc/passwd', cast.teacher.token));
  await until(() => replies.length > 0, 'a reply to an unknown unit');
  expect(replies[0]!.toString('latin1')).toContain('unknown-unit');
  await stillServing('bad tokens');
});

it('keeps serving through a flood of idle and garbage connections', async () => {
  const flood = await Promise.all(Array.from({ length: 300 }, () => rawSocket()));
  flood.slice(0, 100).forEach((socket, i) => socket.send(Uint8Array.of(i % 256, 0xff, 0x80)));
  await stillServing('a flood');
  for (const socket of flood) socket.terminate();
  await stillServing('the flood ended');
  const response = await fetch(new URL('/api/spaces/nothing', server.url));
  expect(response.status).toBe(401);
});
