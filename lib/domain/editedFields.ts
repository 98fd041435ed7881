// Two windows editing one record: what one edit changed, so that keeping "mine" over another
// window's save writes only the fields this edit touched and keeps the rest of theirs (a ★ set
// elsewhere survives a title fixed here).

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => same(x, b[i])) : Object.is(a, b);

/** The fields of `mine` that differ from `base`, the version the edit started from. */
export function editedFields<T extends object>(base: T, mine: T): Partial<T> {
  const edited: Partial<T> = {};
  for (const key of Object.keys(mine) as (keyof T)[]) if (!same(base[key], mine[key])) edited[key] = mine[key];
  return edited;
}

/** Theirs, with what this edit changed laid over it: field by field, the edited side wins. */
export function mergeEdit<T extends object>(base: T, mine: T, theirs: T): T {
  return { ...theirs, ...editedFields(base, mine) };
}
