// When an imported slot names a metric the library already has. Writers type names by hand, so
// 矛盾纠纷化解率, 矛盾纠纷化解率(%), 矛盾纠纷化解率（%） and 矛盾纠纷 化解率 are one metric: the key
// folds full-width forms to half-width, drops spaces and a trailing unit in brackets.

const TRAILING_UNIT = /\([^()]{1,8}\)$/;

export function metricKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(TRAILING_UNIT, '');
}

/** The existing name each slot name matches, exact spelling first; slots with no match are left out. */
export function matchExistingMetrics(slotNames: readonly string[], existing: readonly string[]): Map<string, string> {
  const exact = new Set(existing);
  const byKey = new Map<string, string>();
  for (const name of existing) if (!byKey.has(metricKey(name))) byKey.set(metricKey(name), name);
  const matches = new Map<string, string>();
  for (const name of slotNames) {
    const found = exact.has(name) ? name : byKey.get(metricKey(name));
    if (found !== undefined) matches.set(name, found);
  }
  return matches;
}
