// The panel's one way to follow live data: hooks over lib/db/panelStart.ts, whose module (and Dexie
// and zod with it) is imported only after the first screen is painted. Until then the library hook
// gives the rows the early read handed over (or undefined), and the others undefined. Views loaded
// later follow their own reads with useLive, through the same module.
import { useEffect, useState, type DependencyList } from 'react';
import type { DrafterDatabase } from '../../lib/db/database.ts';
import { takeFirstScreen } from '../../lib/db/firstScreen.ts';
import type { LibrarySnapshot } from '../../lib/db/liveLibrary.ts';
import type { FontSize } from '../../lib/db/settings.ts';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { report } from './report.ts';

type PanelDatabase = typeof import('../../lib/db/panelStart.ts');

/** Resolves after the next frame has been painted. */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let loading: Promise<PanelDatabase> | null = null;
/** The panel's database module, imported after the first paint (once per page). */
export function panelDatabase(): Promise<PanelDatabase> {
  loading ??= afterNextPaint()
    .then(() => import('../../lib/db/panelStart.ts'))
    .catch((error: unknown) => {
      // Asked for again next time (an extension updated while the panel was open loses its files).
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * Subscribes once the module is in, and again whenever `deps` change; `subscribe` returns its stop
 * function. The last value stays until the new subscription gives one.
 */
function useFollow<T>(subscribe: (db: PanelDatabase, onValue: (value: T) => void) => () => void, deps: DependencyList = [], initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let stopped = false;
    panelDatabase()
      .then((db) => {
        if (!stopped) stop = subscribe(db, setValue);
      })
      .catch(report);
    return () => {
      stopped = true;
      stop?.();
    };
    // `deps` stand for everything `subscribe` reads, as with useEffect's own list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

/**
 * A value of the database, read once the database module is in and again after every write that
 * could change it — in this panel or another of the extension's pages. `deps` list what `read`
 * depends on (as useEffect's list does); it is read again when they change.
 */
export function useLive<T>(read: (db: DrafterDatabase) => Promise<T>, deps: DependencyList = []): T | undefined {
  return useFollow<T>((panel, onValue) => panel.followDatabase(read, onValue, report), deps);
}

// Rows already on screen were painted before the module came in (panelDatabase waits for that):
// the rest is read at once. Otherwise the first screen is read and painted first.
const followLibrary = (shown: Snippet[] | null) => (db: PanelDatabase, onValue: (snapshot: LibrarySnapshot) => void) =>
  db.watchPanelLibrary(onValue, shown ? { shown } : { afterFirstPaint: afterNextPaint });

/**
 * The live library: first the first screen's snippets (complete: false), the whole library once
 * that screen is painted, then kept in step with every change (lib/db/liveLibrary.ts).
 */
export function useLibrarySnapshot(): LibrarySnapshot | undefined {
  // The rows read before React started (lib/db/firstScreen.ts), if any: the first render shows them.
  const [shown] = useState(takeFirstScreen);
  const [follow] = useState(() => followLibrary(shown));
  return useFollow(follow, [], shown ? { snippets: shown, complete: false } : undefined);
}

/** The whole live library, newest edit first (undefined until all of it has been read). */
export function useSnippets(): Snippet[] | undefined {
  const snapshot = useLibrarySnapshot();
  return snapshot?.complete ? snapshot.snippets : undefined;
}

export const useCurrentPeriod = () => useFollow<string>((db, onValue) => db.followCurrentPeriod(onValue, report));

export const useSnippetOrder = () => useFollow<string[]>((db, onValue) => db.followSnippetOrder(onValue, report));

export const useFontSize = () => useFollow<FontSize>((db, onValue) => db.followFontSize(onValue, report));

export const useGuideClosed = () => useFollow<boolean>((db, onValue) => db.followGuideClosed(onValue, report));
