// 单位共享 as the panel uses it: the saved server's connection, check / download / publish, and the
// version this computer last took in or published (lib/db/team.ts) kept in step. Nothing from the
// server is written to the library here: a downloaded pack goes to the same preview as a pack file,
// and only an import the user confirms there marks that version as taken in (markImported).
import type { DrafterDatabase } from '../db/database.ts';
import { backupToJson } from '../db/backup/export.ts';
import { exportPack } from '../db/backup/pack.ts';
import { noteTeamSync, readTeamSync } from '../db/team.ts';
import { parseAddress, serverAddresses, type TeamAddressCode, type TeamServer } from './server.ts';
import { checkPack, publishPack, type CheckResult, type Connection, type PublishResult } from './webdav.ts';

export type ConnectionResult = { ok: true; connection: Connection; pattern: string } | { ok: false; problem: { code: TeamAddressCode } };

export function connectionTo(server: TeamServer, timeoutMs?: number): ConnectionResult {
  const address = parseAddress(server);
  if (!address.ok) return { ok: false, problem: { code: address.code } };
  const { folders, pack } = serverAddresses(address.base, address.folder);
  return { ok: true, pattern: `${address.base.origin}/*`, connection: { pack, folders, user: server.user, password: server.password, ...(timeoutMs ? { timeoutMs } : {}) } };
}

/** Is there a version newer than the one taken in or published here? (One conditional GET.) */
export async function checkForUpdate(db: DrafterDatabase, connection: Connection): Promise<CheckResult> {
  return checkPack(connection, (await readTeamSync(db)).etag);
}

/** The pack as it is on the server now, checked; nothing written. */
export function downloadPack(connection: Connection): Promise<CheckResult> {
  return checkPack(connection, null);
}

/** The user imported the downloaded version (the preview's import went through). */
export async function markImported(db: DrafterDatabase, etag: string | null, now = Date.now()): Promise<void> {
  await noteTeamSync(db, { etag, lastImportedAt: now });
}

/**
 * Publishes the folder's snippets and the metrics they use (no values: each writer keeps their
 * own figures), over the version this computer last saw only; a colleague's newer version is
 * never replaced (team.conflict), and nothing here changes on failure.
 */
export async function publishLibrary(db: DrafterDatabase, connection: Connection, folder: string, now = Date.now()): Promise<PublishResult & { snippets?: number }> {
  const pack = await exportPack(db, folder, {}, now);
  const result = await publishPack(connection, backupToJson(pack), (await readTeamSync(db)).etag);
  if (!result.ok) return result;
  await noteTeamSync(db, { etag: result.etag, lastPublishedAt: now });
  return { ...result, snippets: pack.snippets.length };
}
