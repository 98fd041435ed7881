// Snippet repository: every write is validated against the domain schema first, so a bad draft
// throws a ZodError and nothing is stored.
import { Snippet } from '../domain/schemas.ts';
import { parseTemplate, renameIncludes } from '../domain/template/index.ts';
import { type DrafterDatabase, newId } from './database.ts';
import { LIVE_FROM, LIVE_UNTIL } from './orderKey.ts';
import { recordRevision } from './revisionLog.ts';

export const SnippetDraft = Snippet.pick({ title: true, body: true, role: true, folder: true, tags: true, favorite: true });
export type SnippetDraft = typeof SnippetDraft._input;

/**
 * A new snippet: the editable fields, plus where it came from. (`source` is not part of the draft
 * on purpose: its schema default would blank it on every partial update.)
 */
export type NewSnippet = SnippetDraft & { source?: string };

export async function createSnippet(db: DrafterDatabase, draft: NewSnippet, now = Date.now()): Promise<Snippet> {
  const snippet = Snippet.parse({
    ...SnippetDraft.parse(draft),
    source: draft.source ?? '',
    id: newId(),
    useCount: 0,
    createdAt: now,
    updatedAt: now,
    lastUsedAt: null,
    deletedAt: null,
  });
  await db.snippets.add(snippet);
  return snippet;
}

/**
 * Thrown when a snippet was changed elsewhere (another side panel, another window) since the
 * editor loaded it: nothing is written. It carries both versions so the user can keep either.
 */
export class ConflictError extends Error {
  constructor(
    /** The stored version, as the other editor left it. */
    readonly theirs: Snippet,
    /** The edit that was refused, as it would have been stored. */
    readonly mine: Snippet,
  ) {
    super(`snippet ${theirs.id} was changed elsewhere`);
    this.name = 'ConflictError';
  }
}

/** Thrown by a checked edit of a snippet that another window moved to the trash: nothing is written. */
export class TrashedError extends Error {
  constructor(readonly theirs: Snippet) {
    super(`snippet ${theirs.id} is in the trash`);
    this.name = 'TrashedError';
  }
}

/** Thrown by an edit of a snippet that is no longer stored (e.g. a backup replaced the library). */
export class MissingError extends Error {
  constructor(readonly id: string) {
    super(`snippet ${id} does not exist`);
    this.name = 'MissingError';
  }
}

export interface UpdateOptions {
  now?: number;
  /**
   * The updatedAt of the version the edit started from. When the stored snippet has another one,
   * the update throws a ConflictError instead of silently overwriting the other edit.
   */
  expectedUpdatedAt?: number;
  /**
   * A checked edit of a snippet in the trash throws a TrashedError unless this is set: then the
   * snippet comes back out of the trash with the edit (恢复并保存).
   */
  restore?: boolean;
}

export async function updateSnippet(db: DrafterDatabase, id: string, changes: Partial<SnippetDraft>, options: number | UpdateOptions = {}): Promise<Snippet> {
  const { now = Date.now(), expectedUpdatedAt, restore = false } = typeof options === 'number' ? { now: options } : options;
  return db.transaction('rw', db.snippets, db.snippetRevisions, async () => {
    const current = await db.snippets.get(id);
    if (!current) throw new MissingError(id);
    const checked = expectedUpdatedAt !== undefined;
    // A checked edit always moves updatedAt forward, so two saves in the same millisecond still
    // count as two versions.
    const updatedAt = checked ? Math.max(now, current.updatedAt + 1) : now;
    // Every save is a new revision (set here so the row returned is the row stored).
    const next = Snippet.parse({ ...current, ...SnippetDraft.partial().parse(changes), updatedAt, revision: (current.revision ?? 1) + 1, ...(restore ? { deletedAt: null } : {}) });
    if (checked && current.updatedAt !== expectedUpdatedAt) throw new ConflictError(current, next);
    // Saving over a deletion made elsewhere would leave the edit in the trash behind 已保存.
    if (checked && current.deletedAt !== null && !restore) throw new TrashedError(current);
    // The version before an edit of the words is kept (revisions.ts), so it can be restored.
    if (next.title !== current.title || next.body !== current.body) await recordRevision(db, current, now);
    await db.snippets.put(next);
    if (next.title !== current.title) await followRename(db, current.title, next.title, now);
    return next;
  });
}

/**
 * A snippet included elsewhere as `{{>旧名}}` stays included under its new title: every snippet
 * that names the old title is rewritten (its previous text kept as a revision, as any edit's).
 * A title with a brace or a line break cannot be named in a slot, so nothing is rewritten to it.
 */
async function followRename(db: DrafterDatabase, from: string, to: string, now: number): Promise<void> {
  if (/[{}\r\n]/.test(to)) return;
  const candidates = await db.snippets.filter((s) => s.body.includes('{{') && s.body.includes(from)).toArray();
  for (const snippet of candidates) {
    const body = renameIncludes(snippet.body, parseTemplate(snippet.body).nodes, from, to);
    if (body === null) continue;
    await recordRevision(db, snippet, now);
    await db.snippets.put({ ...snippet, body, updatedAt: Math.max(now, snippet.updatedAt + 1) });
  }
}

/** Moves a snippet to the trash; it can be restored. */
export async function trashSnippet(db: DrafterDatabase, id: string, now = Date.now()): Promise<void> {
  await db.snippets.update(id, { deletedAt: now });
}

export async function restoreSnippet(db: DrafterDatabase, id: string): Promise<void> {
  await db.snippets.update(id, { deletedAt: null });
}

/** Counts an insert or copy, for "most used" and "recent". */
export async function recordSnippetUse(db: DrafterDatabase, id: string, now = Date.now()): Promise<void> {
  await db.snippets
    .where('id')
    .equals(id)
    .modify((s) => {
      s.useCount += 1;
      s.lastUsedAt = now;
    });
}

/** Newest edit first; the same moment by id, so every reader lists ties alike. */
export const newestFirst = (a: Snippet, b: Snippet): number => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Snippets not in the trash, newest first. */
export async function listLiveSnippets(db: DrafterDatabase): Promise<Snippet[]> {
  // One getAll and a sort here is much faster than walking the updatedAt index with a cursor.
  const all = await db.snippets.toArray();
  return all.filter((s) => s.deletedAt === null).sort(newestFirst);
}

/**
 * The first `count` snippets not in the trash, in the order the library opens with: the panel's
 * first screen, read from the start of the orderKey index (orderKey.ts) in one getAll.
 */
export async function firstLiveSnippets(db: DrafterDatabase, count: number): Promise<Snippet[]> {
  return db.snippets.where('orderKey').between(LIVE_FROM, LIVE_UNTIL, true, false).limit(count).toArray();
}

/**
 * Every snippet row (trash included), read in primary-key chunks: each chunk is decoded on the
 * panel's thread in one go, so small chunks keep the panel answering keys while a big library
 * loads.
 */
export async function readAllSnippetsInChunks(db: DrafterDatabase, chunk = 1000): Promise<Snippet[]> {
  const rows: Snippet[] = [];
  for (let after: string | null = null; ; ) {
    const page: Snippet[] = await (after === null ? db.snippets.orderBy(':id') : db.snippets.where(':id').above(after)).limit(chunk).toArray();
    rows.push(...page);
    if (page.length < chunk) return rows;
    after = page[page.length - 1]!.id;
  }
}
