// The WebDAV requests of 单位共享: check for a newer pack (GET with If-None-Match), download it,
// publish (LOCK, then PUT with If-Match, or onto the empty file the lock made the first time) so
// two publishers never overwrite each other. Everything read is checked by the pack reader before anyone may import it.
//
// Plain fetch, not the `webdav` package: we need a few requests on one known file (GET, LOCK, PUT,
// UNLOCK, and MKCOL for a missing folder), never PROPFIND's XML, which is what the library mostly brings. Its
// version 5 (5.11.0) depends on fifteen packages (node-fetch, fast-xml-parser, minimatch, md5,
// url-parse…); its browser build runs in an extension page (no eval, no Node built-ins) but weighs
// 154 kB minified, 49 kB gzipped, against about 7 kB (3 kB gzipped) for all of lib/team with the
// hook; and its getFileContents/putFileContents put the status and ETag we act on (304, 412, 423)
// behind their own error objects. fetch in an MV3 extension page
// already does what matters here: host permission instead of CORS, no cookies (credentials: 'omit'),
// no HTTP cache in the way (cache: 'no-store'), a timeout through AbortSignal.
import type { Problem } from '../domain/problem.ts';
import type { PackFile } from '../db/backup/format.ts';
import { readLibraryFile, type LibraryFileError } from '../db/backup/read.ts';

/** What went wrong talking to the server (words: problem.<code> in locales/). */
export const TEAM_CODES = [
  /** No answer: the server is off, the address wrong, or no network. */
  'team.unreachable',
  'team.timeout',
  /** 401: the account or password is wrong. */
  'team.wrongAccount',
  /** 403: the account may not read or write there. */
  'team.forbidden',
  /** 404 on download: nobody has published to this folder yet. */
  'team.nothingPublished',
  /** 404 on publish: the address itself is not on the server (the folders below it are made). */
  'team.noSuchPlace',
  /** 412 on publish: someone published since this computer last downloaded or published. */
  'team.conflict',
  /** 423: a colleague is publishing at this very moment. */
  'team.busy',
  /** What the server holds is not a pack this program can read: {detail} says why. */
  'team.damaged',
  'team.newerFormat',
  /** The file there is a full backup, not a pack. */
  'team.notPack',
  /** Any other answer, with its status number. */
  'team.serverError',
  /** The browser has not been allowed to reach this server (asked when the settings are saved). */
  'team.noPermission',
] as const;
export type TeamCode = (typeof TEAM_CODES)[number];

export interface TeamProblem extends Problem<TeamCode> {
  /** For team.damaged: what the pack reader found. */
  fileError?: LibraryFileError;
}

export interface Connection {
  /** The pack file's address. */
  pack: string;
  /** The folders above it, from the top, created on the first publish if missing. */
  folders: readonly string[];
  user: string;
  password: string;
  /** 20 s unless a test asks for less. */
  timeoutMs?: number;
}

export type CheckResult =
  | { ok: true; kind: 'same' }
  | { ok: true; kind: 'none' }
  | { ok: true; kind: 'new'; pack: PackFile; etag: string | null }
  | { ok: false; problem: TeamProblem };

export type PublishResult = { ok: true; etag: string | null } | { ok: false; problem: TeamProblem };

const fail = (code: TeamCode, params?: Problem['params']): { ok: false; problem: TeamProblem } => ({ ok: false, problem: params ? { code, params } : { code } });

/** Basic auth of UTF-8 text (a Chinese account name included). */
function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

async function send(conn: Connection, url: string, init: { method: string; headers?: Record<string, string>; body?: string }): Promise<Response | { ok: false; problem: TeamProblem }> {
  try {
    return await fetch(url, {
      method: init.method,
      headers: { Authorization: basic(conn.user, conn.password), ...init.headers },
      body: init.body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(conn.timeoutMs ?? 20_000),
    });
  } catch (e) {
    return fail(e instanceof DOMException && e.name === 'TimeoutError' ? 'team.timeout' : 'team.unreachable');
  }
}

function statusProblem(status: number, writing = false): { ok: false; problem: TeamProblem } {
  if (status === 401) return fail('team.wrongAccount');
  if (status === 403) return fail('team.forbidden');
  if (status === 404) return fail(writing ? 'team.noSuchPlace' : 'team.nothingPublished');
  if (status === 412) return fail('team.conflict');
  return fail('team.serverError', { status });
}

/** The pack text, checked: a pack of a format this program reads, or why not. */
export function readServerPack(text: string): { ok: true; pack: PackFile } | { ok: false; problem: TeamProblem } {
  const read = readLibraryFile(text);
  if (!read.ok) {
    if (read.error.code === 'backup.newerVersion') return fail('team.newerFormat');
    return { ok: false, problem: { code: 'team.damaged', fileError: read.error } };
  }
  if (read.value.kind !== 'pack') return fail('team.notPack');
  return { ok: true, pack: read.value.file };
}

/**
 * Asks for the pack unless it is still the version `knownEtag` names: 304 is 'same', a missing
 * file 'none', anything else is read and checked (a pack that fails the check is a problem, and
 * nothing has been written anywhere). `knownEtag` null: always download.
 */
export async function checkPack(conn: Connection, knownEtag: string | null): Promise<CheckResult> {
  const response = await send(conn, conn.pack, { method: 'GET', headers: knownEtag ? { 'If-None-Match': knownEtag } : {} });
  if (!(response instanceof Response)) return response;
  if (response.status === 304) return { ok: true, kind: 'same' };
  if (response.status === 404) return { ok: true, kind: 'none' };
  if (!response.ok) return statusProblem(response.status);
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    return fail(e instanceof DOMException && e.name === 'TimeoutError' ? 'team.timeout' : 'team.unreachable');
  }
  // An empty file: a first publish is under way (its lock made the file), nothing to take in yet.
  if (text.trim() === '') return { ok: true, kind: 'none' };
  const read = readServerPack(text);
  if (!read.ok) return read;
  return { ok: true, kind: 'new', pack: read.pack, etag: response.headers.get('ETag') };
}

/**
 * If-Match compares strongly, and Apache marks a file's ETag weak (W/) during the second after it
 * changed, then strong with the same value: the stored tag is sent without the W/, so a version
 * fetched in its first second can still be published over once it is the current one.
 */
const strong = (etag: string) => etag.replace(/^W\//, '');

const LOCK_BODY =
  '<?xml version="1.0" encoding="utf-8"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>report-drafter</D:owner></D:lockinfo>';

type Lock = { token: string; created: boolean } | { token: null } | { ok: false; problem: TeamProblem };

/**
 * A WebDAV write lock on the pack while it is checked and replaced: If-Match alone is not enough,
 * since Apache checks it and writes in two steps, and two publishers' PUTs in the same moment both
 * passed it (the test of the race showed it). A server without locks (405, 501) is written to with
 * If-Match alone. `created`: the lock made the file (it did not exist).
 */
async function lock(conn: Connection): Promise<Lock> {
  let response = await send(conn, conn.pack, { method: 'LOCK', headers: { 'Content-Type': 'application/xml; charset=utf-8', Depth: '0', Timeout: 'Second-120' }, body: LOCK_BODY });
  if (!(response instanceof Response)) return response;
  if (response.status === 409 && conn.folders.length > 0) {
    // 409: a folder on the way is missing (the first publish to a new folder).
    for (const folder of conn.folders) {
      const made = await send(conn, folder, { method: 'MKCOL' });
      if (!(made instanceof Response)) return made;
      // 405: it exists already. 409: the one above is missing too, so the address is not there.
      if (made.status === 409) return fail('team.noSuchPlace');
      if (!made.ok && made.status !== 405) return statusProblem(made.status, true);
    }
    response = await send(conn, conn.pack, { method: 'LOCK', headers: { 'Content-Type': 'application/xml; charset=utf-8', Depth: '0', Timeout: 'Second-120' }, body: LOCK_BODY });
    if (!(response instanceof Response)) return response;
  }
  if (response.status === 405 || response.status === 501) return { token: null };
  // 423: someone holds the lock, i.e. is publishing right now.
  if (response.status === 423) return fail('team.busy');
  if (!response.ok) return statusProblem(response.status, true);
  const token = /<([^>]+)>/.exec(response.headers.get('Lock-Token') ?? '')?.[1];
  return token ? { token, created: response.status === 201 } : { token: null };
}

/**
 * Puts the pack on the server only if the server still holds the version this computer last saw
 * (`knownEtag`), or nothing at all when there is none: a colleague's newer pack is never replaced
 * (team.conflict; team.busy while they are publishing). Returns the new version's ETag when the
 * server's answer shows it is ours.
 */
export async function publishPack(conn: Connection, text: string, knownEtag: string | null): Promise<PublishResult> {
  const held = await lock(conn);
  if ('ok' in held) return held;
  const ifHeader: Record<string, string> = held.token ? { If: `(<${held.token}>)` } : {};
  // A server that made an empty file for the lock (201, RFC 4918) had none before: nobody had
  // published. Apache keeps a lock on a missing file apart (200), and If-None-Match: * holds there.
  const condition: Record<string, string> = held.token && held.created ? {} : knownEtag ? { 'If-Match': strong(knownEtag) } : { 'If-None-Match': '*' };
  const response = await send(conn, conn.pack, { method: 'PUT', headers: { 'Content-Type': 'application/json; charset=utf-8', ...ifHeader, ...condition }, body: text });
  if (!(response instanceof Response) || !response.ok) {
    // The empty file our lock made is not a pack: take it away again.
    if (held.token && held.created) await send(conn, conn.pack, { method: 'DELETE', headers: ifHeader });
    if (held.token) await unlock(conn, held.token);
    return response instanceof Response ? statusProblem(response.status, true) : response;
  }
  if (held.token) await unlock(conn, held.token);
  return { ok: true, etag: response.headers.get('ETag') ?? (await etagOfOurs(conn, text)) };
}

async function unlock(conn: Connection, token: string): Promise<void> {
  // A lock left behind expires by itself (Timeout above); nothing more to do if this fails.
  await send(conn, conn.pack, { method: 'UNLOCK', headers: { 'Lock-Token': `<${token}>` } });
}

/**
 * Servers such as Apache send no ETag with a PUT: the pack is read back, and its ETag kept only if
 * it is the text just written (else someone published in between, and the next publish will say
 * so instead of overwriting them).
 */
async function etagOfOurs(conn: Connection, text: string): Promise<string | null> {
  const response = await send(conn, conn.pack, { method: 'GET' });
  if (!(response instanceof Response) || !response.ok) return null;
  try {
    return (await response.text()) === text ? response.headers.get('ETag') : null;
  } catch {
    return null;
  }
}
