// 单位共享 for the UI: the saved server, and check / download / publish through lib/team, each only
// when the browser has granted that server's origin (asked on 保存设置, components/team/).
import { noteTeamSync, readTeamServer, readTeamSync, writeTeamServer } from '../../lib/db/team.ts';
import { database } from '../../lib/db/database.ts';
import { forgetServer, mayReachServer } from '../../lib/team/permission.ts';
import { originPattern, parseAddress, type TeamServer } from '../../lib/team/server.ts';
import { checkForUpdate, connectionTo, downloadPack, markImported, publishLibrary } from '../../lib/team/sync.ts';
import type { CheckResult, PublishResult, TeamProblem } from '../../lib/team/webdav.ts';

export type { TeamServer } from '../../lib/team/server.ts';
export type { CheckResult, TeamProblem } from '../../lib/team/webdav.ts';
export { askForServer, forgetServer } from '../../lib/team/permission.ts';
export { connectionTo } from '../../lib/team/sync.ts';
export { parseAddress, sendsPasswordInClear, originPattern } from '../../lib/team/server.ts';

const db = () => database();

export const loadTeamServer = () => readTeamServer(db());
export const saveTeamServer = (server: TeamServer) => writeTeamServer(db(), server);
/** The downloaded version was imported; the returned step takes that back with the import's undo. */
export async function noteTeamImport(etag: string | null): Promise<() => Promise<void>> {
  const before = await readTeamSync(db());
  await markImported(db(), etag);
  return () => noteTeamSync(db(), { etag: before.etag, lastImportedAt: before.lastImportedAt });
}

/** 停用: the drive's settings and what is known of its versions go; its permission is given back. */
export async function stopTeamSharing(server: TeamServer): Promise<void> {
  await writeTeamServer(db(), null);
  const address = parseAddress(server);
  if (address.ok) await forgetServer(originPattern(address.base));
}

type Failed = { ok: false; problem: TeamProblem | { code: string } };

/** The connection, if the address is good and the browser lets the panel reach it. */
async function reach(server: TeamServer) {
  const c = connectionTo(server);
  if (!c.ok) return c;
  if (!(await mayReachServer(c.pattern))) return { ok: false as const, problem: { code: 'team.noPermission' } };
  return c;
}

export async function teamCheck(server: TeamServer): Promise<CheckResult | Failed> {
  const c = await reach(server);
  return c.ok ? checkForUpdate(db(), c.connection) : c;
}

export async function teamDownload(server: TeamServer): Promise<CheckResult | Failed> {
  const c = await reach(server);
  return c.ok ? downloadPack(c.connection) : c;
}

export async function teamPublish(server: TeamServer, folder: string): Promise<(PublishResult & { snippets?: number }) | Failed> {
  const c = await reach(server);
  return c.ok ? publishLibrary(db(), c.connection, folder) : c;
}

let openingCheck: Promise<boolean> | null = null;

/**
 * Once per opening of the panel, one conditional GET: does the drive hold a version newer than
 * the one taken in or published here? Quietly false when no drive is set up or it cannot be
 * reached (a laptop away from the office network is not an error).
 */
export function newOnDrive(): Promise<boolean> {
  openingCheck ??= loadTeamServer()
    .then(async (server) => {
      if (!server) return false;
      const result = await teamCheck(server);
      return result.ok && result.kind === 'new';
    })
    .catch(() => false);
  return openingCheck;
}

/** After an import, a publish or new settings the opening's answer is stale: nothing new then. */
export function settleOpeningCheck(): void {
  openingCheck = Promise.resolve(false);
}
