// Which automatic backups to keep: the newest `keep` (default 30), and besides them the newest of
// every calendar month, so a year later there is still one backup from each month to go back to.
// Only names of ours are ever chosen for removal: anything else in the folder is the user's.
import { compareNewestFirst, parseAutoBackupName, type AutoBackupName } from './name.ts';

export const KEEP_LATEST = 30;

export interface Rotation {
  /** Ours, newest first. */
  keep: AutoBackupName[];
  /** Ours, to delete, newest first. */
  remove: AutoBackupName[];
}

export function chooseKept(names: readonly string[], keep: number = KEEP_LATEST): Rotation {
  const ours = names.map(parseAutoBackupName).filter((n): n is AutoBackupName => n !== null);
  ours.sort(compareNewestFirst);
  const months = new Set<string>();
  const out: Rotation = { keep: [], remove: [] };
  ours.forEach((n, i) => {
    const month = `${n.stamp.year}-${n.stamp.month}`;
    const newestOfMonth = !months.has(month);
    months.add(month);
    (i < keep || newestOfMonth ? out.keep : out.remove).push(n);
  });
  return out;
}
