// 单位共享's settings and state, in the `localState` table: the server, folder, account and password
// the user typed, and which version of the team's pack this computer last took in or published.
// Never in a backup file (export.ts reads `settings`, not `localState`): a backup handed to someone
// must not carry the office server's password.
import { z } from 'zod';
import { TeamServer } from '../team/server.ts';
import type { DrafterDatabase } from './database.ts';

const SERVER_KEY = 'teamServer';
const SYNC_KEY = 'teamSync';

const Time = z.number().int().nonnegative();

export const TeamSync = z.object({
  /** The ETag of the pack version last downloaded and imported, or published, here: the base a
   * publish must still find on the server, and what "check for updates" compares against. */
  etag: z.string().max(500).nullable(),
  lastImportedAt: Time.nullable(),
  lastPublishedAt: Time.nullable(),
});
export type TeamSync = z.infer<typeof TeamSync>;

const EMPTY: TeamSync = { etag: null, lastImportedAt: null, lastPublishedAt: null };

export async function readTeamServer(db: DrafterDatabase): Promise<TeamServer | null> {
  const parsed = TeamServer.safeParse((await db.localState.get(SERVER_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/** A new server or folder starts with no known version: its pack is new to this computer. */
export async function writeTeamServer(db: DrafterDatabase, server: TeamServer | null): Promise<void> {
  await db.transaction('rw', db.localState, async () => {
    const before = await readTeamServer(db);
    if (server) await db.localState.put({ key: SERVER_KEY, value: TeamServer.parse(server) });
    else await db.localState.delete(SERVER_KEY);
    if (!server || !before || before.url !== server.url || before.folder !== server.folder) await db.localState.delete(SYNC_KEY);
  });
}

export async function readTeamSync(db: DrafterDatabase): Promise<TeamSync> {
  const parsed = TeamSync.safeParse((await db.localState.get(SYNC_KEY))?.value);
  return parsed.success ? parsed.data : EMPTY;
}

export async function noteTeamSync(db: DrafterDatabase, changes: Partial<TeamSync>): Promise<void> {
  await db.transaction('rw', db.localState, async () => {
    await db.localState.put({ key: SYNC_KEY, value: TeamSync.parse({ ...(await readTeamSync(db)), ...changes }) });
  });
}
