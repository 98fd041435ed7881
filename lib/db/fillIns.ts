// What the fill-ins read besides metrics: the snippets a snippet includes (`{{>片段名}}`), found by
// title at render time so the newest text goes in; and the word last picked for each choice of a
// snippet, which the fill form starts from next time.
import { type AuthorProfile, includedTitles, MAX_INCLUDE_DEPTH, parseTemplate } from '../domain/template/index.ts';
import { readAuthorProfile } from './author.ts';
import type { DrafterDatabase } from './database.ts';
import { readSetting, writeSetting } from './settings.ts';

/** How many snippets' picks are remembered; the ones picked longest ago are forgotten first. */
const REMEMBERED_SNIPPETS = 500;

/**
 * The sources of the live snippets titled `titles` (those a snippet includes), and of those they
 * include in turn, by title (the newest of two with one title). No title, no read.
 */
export async function loadIncluded(db: DrafterDatabase, titles: readonly string[]): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  let wanted = new Set(titles);
  for (let depth = 0; depth <= MAX_INCLUDE_DEPTH && wanted.size > 0; depth++) {
    const rows = await db.snippets.filter((s) => s.deletedAt === null && wanted.has(s.title)).toArray();
    rows.sort((a, b) => a.updatedAt - b.updatedAt);
    const next = new Set<string>();
    for (const row of rows) found[row.title] = row.body;
    for (const row of rows) for (const title of includedTitles(parseTemplate(row.body).nodes)) if (!(title in found)) next.add(title);
    wanted = next;
  }
  return found;
}

/** The words last picked for a snippet's choices, by choice key. */
export async function readLastChoices(db: DrafterDatabase, snippetId: string): Promise<Record<string, string>> {
  return (await readSetting(db, 'lastChoices'))?.[snippetId] ?? {};
}

/** Remembers the words picked for a snippet's choices (this snippet moves to the newest end). */
export async function rememberChoices(db: DrafterDatabase, snippetId: string, choices: Record<string, string>): Promise<void> {
  if (Object.keys(choices).length === 0) return;
  await db.transaction('rw', db.settings, async () => {
    const { [snippetId]: _previous, ...others } = (await readSetting(db, 'lastChoices')) ?? {};
    const kept = Object.entries(others).slice(-(REMEMBERED_SNIPPETS - 1));
    await writeSetting(db, 'lastChoices', Object.fromEntries([...kept, [snippetId, choices]]));
  });
}

/** The titles of the live snippets but one (the one being edited), each once, for the editor's
 * suggestions. */
export async function liveSnippetTitles(db: DrafterDatabase, exceptId: string | undefined): Promise<string[]> {
  const titles = new Set<string>();
  await db.snippets.each((s) => {
    if (s.deletedAt === null && s.id !== exceptId && !/[{}\r\n]/.test(s.title)) titles.add(s.title);
  });
  return [...titles];
}

/** Today in this browser's time zone, as 2025-07-01 (toISOString would say UTC's date). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What inserting snippets without the fill form needs besides metrics (the several-snippet bar,
 * the composer, the context menu, the favourites' counts). */
export interface StoredFillIns {
  author: AuthorProfile;
  today: string;
  snippet: (title: string) => string | undefined;
  /** The words last picked, per snippet id: such inserts take them, as the fill form would. */
  lastChoices: Record<string, Record<string, string>>;
}

/** The titles `bodies` include, each once; a body with no `>` or `＞` is not even parsed. */
export function includedBy(bodies: readonly string[]): string[] {
  return [...new Set(bodies.flatMap((body) => (/[>＞]/.test(body) ? includedTitles(parseTemplate(body).nodes) : [])))];
}

export async function loadFillIns(db: DrafterDatabase, titles: readonly string[]): Promise<StoredFillIns> {
  const included = await loadIncluded(db, titles);
  return {
    author: await readAuthorProfile(db),
    today: localToday(),
    snippet: (title) => included[title],
    lastChoices: (await readSetting(db, 'lastChoices')) ?? {},
  };
}
