// Whether a metric's name already carries its unit, as in 「报酬(万元)」 with the unit 万元: the
// panel then shows the name alone instead of 「报酬(万元)（万元）」.

/** Brackets a unit is written in after a name: half- and full-width round, and 【】. */
const BRACKETS: readonly [string, string][] = [
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
  ['[', ']'],
];

/** True when `name` ends with `unit` in brackets, or with the unit itself after a separator. */
export function nameCarriesUnit(name: string, unit: string): boolean {
  const u = unit.trim();
  if (u === '') return true;
  const n = name.trim();
  if (BRACKETS.some(([open, close]) => n.endsWith(`${open}${u}${close}`))) return true;
  return n.endsWith(u) && /[/／·、:：]\s*$/.test(n.slice(0, n.length - u.length));
}
