// The live library the side panel shows, kept in memory without re-reading every snippet on every
// change. It starts with the first screen (the top of the orderKey index), reads the whole library
// once the caller says the first screen is painted, and from then on re-reads only the snippets a
// change touched — in this panel, the background, or another window (Dexie's storagemutated event
// reaches them all). A change it cannot narrow to keys (a bulk write, a clear) reloads everything.
import Dexie, { type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import type { Snippet } from '../domain/schemas.ts';
import type { DrafterDatabase } from './database.ts';
import { FIRST_SCREEN } from './firstScreen.ts';
import { firstLiveSnippets, newestFirst, readAllSnippetsInChunks } from './snippets.ts';

export interface LibrarySnapshot {
  /** Snippets not in the trash, newest edit first. */
  snippets: Snippet[];
  /** False while only the first screen has been read: a search then sees only those. */
  complete: boolean;
}

export interface WatchOptions {
  /** How many snippets the first screen reads. */
  firstScreen?: number;
  /** The first screen, when it is already on screen (read by firstScreen.ts): not read again. */
  shown?: Snippet[] | null;
  /** Resolves once the first screen is on screen; the rest of the library is read after it. */
  afterFirstPaint?: () => Promise<void>;
}

/** Watches the library; calls `onChange` with each new snapshot. Returns the function that stops it. */
export function watchLibrary(db: DrafterDatabase, onChange: (snapshot: LibrarySnapshot) => void, options: WatchOptions = {}): () => void {
  const { firstScreen = FIRST_SCREEN, shown = null, afterFirstPaint = () => Promise.resolve() } = options;
  let stopped = false;
  /** Every live snippet, newest edit first, once the whole library has been read. */
  let all: Snippet[] | null = null;
  /** Keys changed while a read was under way (null: everything); applied after it. */
  let pending: Set<string> | null | undefined;
  let reading = false;

  const emit = () => {
    if (!stopped && all) onChange({ snippets: all, complete: true });
  };

  async function reloadAll(): Promise<void> {
    const rows = await readAllSnippetsInChunks(db);
    all = rows.filter((s) => s.deletedAt === null).sort(newestFirst);
  }

  /** Re-reads the changed snippets and puts each in its place: no sort of the whole library. */
  async function refresh(keys: Set<string> | null): Promise<void> {
    if (keys === null || !all) return reloadAll();
    const rows = await db.snippets.bulkGet([...keys]);
    const next = all.filter((s) => !keys.has(s.id));
    for (const row of rows) if (row && row.deletedAt === null) next.splice(insertionPoint(next, row), 0, row);
    all = next;
  }

  /** Runs reads one at a time, folding the changes that arrive meanwhile into the next one. */
  async function drain(first: Set<string> | null): Promise<void> {
    reading = true;
    let next: Set<string> | null | undefined = first;
    try {
      while (next !== undefined && !stopped) {
        pending = undefined;
        await refresh(next);
        next = pending;
      }
      emit();
    } finally {
      reading = false;
    }
  }

  function changed(keys: Set<string> | null): void {
    if (reading || !all) {
      pending = pending === null || keys === null ? null : new Set([...(pending ?? []), ...keys]);
      return;
    }
    void drain(keys);
  }

  const part = `idb://${db.name}/snippets/`;
  const onMutation = (parts: ObservabilitySet) => {
    const ranges = parts[part];
    if (ranges) changed(keysOf(ranges));
  };
  Dexie.on('storagemutated', onMutation);

  void (async () => {
    if (!shown) {
      const first = await firstLiveSnippets(db, firstScreen);
      if (stopped) return;
      onChange({ snippets: first, complete: false });
    }
    await afterFirstPaint();
    if (!stopped) await drain(null);
  })();

  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutation);
  };
}

/**
 * The single keys of a changed range tree, or null when it holds a real range (reload all). The
 * tree is walked by hand: one that came from another window is a plain cloned object.
 */
function keysOf(tree: IntervalTree): Set<string> | null {
  const keys = new Set<string>();
  const stack: IntervalTreeNode[] = 'from' in tree ? [tree] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.add(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

/** Where `row` goes in a newest-first list: binary search, since the list is kept sorted. */
function insertionPoint(list: readonly Snippet[], row: Snippet): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (newestFirst(list[mid]!, row) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
