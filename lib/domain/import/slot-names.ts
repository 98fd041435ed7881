// Giving guessed slots distinct, valid names. Two "X社区" in one snippet may be two communities,
// so each gets its own name (社区名称, 社区名称2); the writer can bind both to one metric.

// Characters the template grammar and MetricName reserve.
const RESERVED = /[{}|@=\r\n]/g;
const HAS_RESERVED = /[{}|@=\r\n]/;
const MAX_LABEL = 40;

export type SlotNamer = (label: string, unit: string) => string;

/** A namer for one text: the same label and unit again gets the next number. */
export function createSlotNamer(): SlotNamer {
  const used = new Set<string>();
  // The next number to try per label and unit, so a text with thousands of 开展活动X次 stays linear.
  const next = new Map<string, number>();
  return (label, unit) => {
    const clean = strip(label).trim().slice(0, MAX_LABEL) || '数值';
    const suffix = unit ? `(${strip(unit)})` : '';
    const key = clean + suffix;
    let n = next.get(key) ?? 1;
    let name = n === 1 ? key : `${clean}${n}${suffix}`;
    // A numbered name may already be taken by a label that itself ends in a digit.
    while (used.has(name)) name = `${clean}${++n}${suffix}`;
    next.set(key, n + 1);
    used.add(name);
    return name;
  };
}

function strip(text: string): string {
  return HAS_RESERVED.test(text) ? text.replace(RESERVED, '') : text;
}
