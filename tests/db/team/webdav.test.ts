// 单位共享 against a real WebDAV server (Apache httpd with mod_dav, tests/support/webdav-server.ts):
// first publish, check for updates (304 / 200), two publishers racing, the server down, a wrong
// password, a damaged pack and a pack from a newer format on the server — each a code, and nothing
// written to the library or the server's pack.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupToJson, exportPack, importPack, PACK_VERSION } from '../../../lib/db/backup/index.ts';
import { createSnippet } from '../../../lib/db/snippets.ts';
import { readTeamSync, writeTeamServer, readTeamServer } from '../../../lib/db/team.ts';
import { exportLibrary } from '../../../lib/db/backup/export.ts';
import { PACK_FILE_NAME, type TeamServer } from '../../../lib/team/server.ts';
import { checkForUpdate, connectionTo, downloadPack, markImported, publishLibrary } from '../../../lib/team/sync.ts';
import type { Connection } from '../../../lib/team/webdav.ts';
import { startWebdavServer, type WebdavServer } from '../../support/webdav-server.ts';
import { freshDatabase } from '../support.ts';

let server: WebdavServer;
beforeAll(async () => {
  server = await startWebdavServer();
});
afterAll(() => server?.stop());

let folderCount = 0;
/** Each test its own folder on the server (created by the first publish). */
function settings(overrides: Partial<TeamServer> = {}): TeamServer {
  return { url: server.url, folder: `办公室/第${++folderCount}组`, user: server.user, password: server.password, ...overrides };
}
function connect(s: TeamServer, timeoutMs?: number): Connection {
  const c = connectionTo(s, timeoutMs);
  if (!c.ok) throw new Error(c.problem.code);
  return c.connection;
}
const packOnDisk = (s: TeamServer) => join(server.root, ...s.folder.split('/'), PACK_FILE_NAME);

/**
 * Apache gives a file changed within the last second a weak ETag, which If-Match never matches
 * (lib/team/webdav.ts): a real colleague publishes seconds apart, a test waits that second out.
 */
const settle = () => new Promise((r) => setTimeout(r, 1100));

async function library(title: string, body = '正文') {
  const db = freshDatabase();
  await createSnippet(db, { title, body, role: 'work', folder: '规范表述', tags: [], favorite: false });
  return db;
}

describe('单位共享 on a real WebDAV server', () => {
  it('publishes the first time into a new folder, and a colleague downloads exactly that pack', async () => {
    const s = settings();
    const office = await library('统一口径');
    const published = await publishLibrary(office, connect(s), '');
    expect(published).toMatchObject({ ok: true, snippets: 1 });
    expect((await readTeamSync(office)).etag).toMatch(/"/);
    expect(JSON.parse(readFileSync(packOnDisk(s), 'utf8')).snippets[0].title).toBe('统一口径');

    const colleague = freshDatabase();
    const got = await downloadPack(connect(s));
    if (!got.ok || got.kind !== 'new') throw new Error(JSON.stringify(got));
    expect(got.pack.snippets.map((x) => x.title)).toEqual(['统一口径']);
    expect(got.etag).toMatch(/"/);
    // Nothing is written until the user imports it through the preview.
    expect(await colleague.snippets.count()).toBe(0);
  });

  it('says there is nothing yet in a folder nobody published to', async () => {
    const db = freshDatabase();
    expect(await checkForUpdate(db, connect(settings()))).toEqual({ ok: true, kind: 'none' });
  });

  it('checks for updates with the ETag: 304 while unchanged, the new pack once the office publishes again', async () => {
    const s = settings();
    const office = await library('开头');
    await publishLibrary(office, connect(s), '');
    const colleague = freshDatabase();
    const first = await checkForUpdate(colleague, connect(s));
    if (!first.ok || first.kind !== 'new') throw new Error(JSON.stringify(first));
    await importPack(colleague, first.pack, 'rename');
    await markImported(colleague, first.etag);
    expect(await checkForUpdate(colleague, connect(s))).toEqual({ ok: true, kind: 'same' });

    await settle();
    await createSnippet(office, { title: '结尾', body: '新写的', role: 'work', folder: '规范表述', tags: [], favorite: false });
    expect(await publishLibrary(office, connect(s), '')).toMatchObject({ ok: true, snippets: 2 });
    const second = await checkForUpdate(colleague, connect(s));
    if (!second.ok || second.kind !== 'new') throw new Error(JSON.stringify(second));
    expect(second.pack.snippets.map((x) => x.title).sort()).toEqual(['开头', '结尾']);
    expect(second.etag).not.toBe(first.etag);
  });

  it('two publishers from the same version: one is published, the other gets the conflict and loses nothing', async () => {
    const s = settings();
    const office = await library('底稿');
    await publishLibrary(office, connect(s), '');
    const a = await library('甲的改动');
    const b = await library('乙的改动');
    for (const db of [a, b]) {
      const got = await downloadPack(connect(s));
      if (!got.ok || got.kind !== 'new') throw new Error(JSON.stringify(got));
      await importPack(db, got.pack, 'rename');
      await markImported(db, got.etag);
    }
    await settle();
    const bBefore = await exportLibrary(b, 0);
    const [ra, rb] = await Promise.all([publishLibrary(a, connect(s), ''), publishLibrary(b, connect(s), '')]);
    const results = [ra, rb];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    // The loser either found the lock (team.busy) or, a moment later, a newer version (team.conflict).
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.problem.code)).toEqual([expect.stringMatching(/^team\.(conflict|busy)$/)]);
    const winner = ra.ok ? '甲的改动' : '乙的改动';
    const onServer = JSON.parse(readFileSync(packOnDisk(s), 'utf8')) as { snippets: { title: string }[] };
    expect(onServer.snippets.map((x) => x.title).sort()).toEqual(['底稿', winner].sort());
    // The loser's library is untouched, and after downloading the winner's version it may publish.
    const loser = ra.ok ? b : a;
    // Publishing gives the folder its pack's identity (the publishedPacks setting) before it sends,
    // refused or not, so the next publish is the same pack; everything else stays as it was.
    const content = (file: Awaited<ReturnType<typeof exportLibrary>>) => ({ ...file, settings: file.settings.filter((x) => x.key !== 'publishedPacks') });
    if (loser === b) expect(content(await exportLibrary(b, 0))).toEqual(content(bBefore));
    const got = await downloadPack(connect(s));
    if (!got.ok || got.kind !== 'new') throw new Error(JSON.stringify(got));
    await importPack(loser, got.pack, 'skip');
    await markImported(loser, got.etag);
    await settle();
    expect(await publishLibrary(loser, connect(s), '')).toMatchObject({ ok: true });
    const after = JSON.parse(readFileSync(packOnDisk(s), 'utf8')) as { snippets: { title: string }[] };
    expect(after.snippets.map((x) => x.title).sort()).toEqual(['底稿', '甲的改动', '乙的改动'].sort());
  });

  it('a first publish never replaces a pack someone else put there', async () => {
    const s = settings();
    await publishLibrary(await library('先来的'), connect(s), '');
    const late = await library('后来的');
    const result = await publishLibrary(late, connect(s), '');
    expect(result).toMatchObject({ ok: false, problem: { code: 'team.conflict' } });
    expect(JSON.parse(readFileSync(packOnDisk(s), 'utf8')).snippets[0].title).toBe('先来的');
    expect((await readTeamSync(late)).etag).toBeNull();
  });

  it('a wrong password is team.wrongAccount, for reading and for publishing', async () => {
    const s = settings({ password: 'wrong' });
    const db = await library('不会发出');
    expect(await checkForUpdate(db, connect(s))).toMatchObject({ ok: false, problem: { code: 'team.wrongAccount' } });
    expect(await publishLibrary(db, connect(s), '')).toMatchObject({ ok: false, problem: { code: 'team.wrongAccount' } });
    expect(await readTeamSync(db)).toMatchObject({ etag: null, lastPublishedAt: null });
  });

  it('a damaged pack and a pack of a newer format are refused before anything is written', async () => {
    const s = settings();
    const office = await library('好的');
    await publishLibrary(office, connect(s), '');
    const colleague = freshDatabase();
    writeFileSync(packOnDisk(s), '{"format":"report-drafter-pack","version":1,"snippets":[{"title":');
    expect(await downloadPack(connect(s))).toMatchObject({ ok: false, problem: { code: 'team.damaged', fileError: { code: 'backup.notJson' } } });
    const pack = await exportPack(office, '');
    writeFileSync(packOnDisk(s), backupToJson({ ...pack, snippets: [{ ...pack.snippets[0], title: 42 }] }));
    expect(await downloadPack(connect(s))).toMatchObject({ ok: false, problem: { code: 'team.damaged', fileError: { code: 'backup.badField', path: 'snippets[0].title' } } });
    writeFileSync(packOnDisk(s), backupToJson({ ...pack, version: PACK_VERSION + 1 }));
    expect(await checkForUpdate(colleague, connect(s))).toMatchObject({ ok: false, problem: { code: 'team.newerFormat' } });
    writeFileSync(packOnDisk(s), backupToJson(await exportLibrary(office)));
    expect(await downloadPack(connect(s))).toMatchObject({ ok: false, problem: { code: 'team.notPack' } });
    expect(await colleague.snippets.count()).toBe(0);
    expect(await readTeamSync(colleague)).toMatchObject({ etag: null });
  });

  it('an address that is not on the server is team.noSuchPlace, and nothing is made there', async () => {
    const s = settings({ url: `${server.url}没有这个目录/` });
    const db = await library('发不出去');
    expect(await publishLibrary(db, connect(s), '')).toMatchObject({ ok: false, problem: { code: 'team.noSuchPlace' } });
    expect(await checkForUpdate(db, connect(s))).toEqual({ ok: true, kind: 'none' });
    expect(await readTeamSync(db)).toMatchObject({ etag: null, lastPublishedAt: null });
  });

  it('a server that is down is team.unreachable, and nothing changes here', async () => {
    const other = await startWebdavServer();
    const s: TeamServer = { url: other.url, folder: '', user: other.user, password: other.password };
    await other.stop();
    const db = await library('留在本机');
    expect(await checkForUpdate(db, connect(s, 3000))).toMatchObject({ ok: false, problem: { code: 'team.unreachable' } });
    expect(await publishLibrary(db, connect(s, 3000), '')).toMatchObject({ ok: false, problem: { code: 'team.unreachable' } });
    expect(await readTeamSync(db)).toMatchObject({ etag: null, lastPublishedAt: null });
    expect(await db.snippets.count()).toBe(1);
  });

  it('keeps the server and its password out of backup files, and forgets the known version when the folder changes', async () => {
    const db = await library('资料');
    const s = settings();
    await writeTeamServer(db, s);
    await markImported(db, '"abc"');
    expect(await readTeamServer(db)).toEqual(s);
    expect(JSON.stringify(await exportLibrary(db))).not.toContain(s.password);
    await writeTeamServer(db, { ...s, password: 'new' });
    expect((await readTeamSync(db)).etag).toBe('"abc"');
    await writeTeamServer(db, { ...s, folder: '别的' });
    expect((await readTeamSync(db)).etag).toBeNull();
  });
});
