// Giving guessed slots distinct names that say what they are. Two X社区 may be two communities and
// two 召开X次会议 in different sections two different counts, so no two placeholders share a name
// (the writer binds two slots to one metric by giving them one name in the preview). A name that
// is taken, or that means nothing alone (金额, 列出), is qualified by words from its sentence:
// 社区名称 → 整顿社区名称; only when the sentence has nothing left does a name get 之二, 之三.
import { toChineseNumeral } from '../numbers/index.ts';
import { nameSuffixAt } from './units.ts';

// Characters the template grammar and MetricName reserve.
const RESERVED = /[{}|@=｜＠＝\r\n]/g;
const HAS_RESERVED = /[{}|@=｜＠＝\r\n]/;
const MAX_LABEL = 40;

// Labels that say nothing without the words around them.
const VAGUE = /^(?:名称|数值|数量|金额|人数|户数|比例|时间|列出|完成|开展|达到|召开|建立|实现|新增|累计|其中|共|计|减少|增加|增长|下降|提高|降低|年数|月份|日期|季度)$/;

/**
 * label and unit → a name unused in this import. `context` lists phrases from the sentence, the
 * nearest first, to qualify a label that is taken or vague.
 */
export type SlotNamer = (label: string, unit: string, context?: readonly string[]) => string;

/** A namer for one import: every name it gives is different. */
export function createSlotNamer(): SlotNamer {
  const used = new Set<string>();
  // The next number to try per label and unit, so a text with thousands of 开展活动X次 stays linear.
  const next = new Map<string, number>();
  const take = (name: string) => {
    used.add(name);
    return name;
  };
  return (label, unit, context = []) => {
    const clean = strip(label).trim().slice(0, MAX_LABEL) || '数值';
    const suffix = unit ? `(${strip(unit)})` : '';
    if (!used.has(clean + suffix) && !VAGUE.test(clean)) return take(clean + suffix);
    const qualifiers = context.map((phrase) => strip(phrase).trim()).filter((q) => q !== '' && !clean.includes(q) && !q.includes(clean));
    for (const qualifier of qualifiers) {
      const name = `${qualifier}${clean}`.slice(0, MAX_LABEL) + suffix;
      if (!used.has(name)) return take(name);
    }
    // A vague word keeps a qualifier even when numbered: 落实责任比例之二, never 比例之二.
    const base = VAGUE.test(clean) && qualifiers.length > 0 ? `${qualifiers[0]}${clean}`.slice(0, MAX_LABEL) : clean;
    if (!used.has(base + suffix)) return take(base + suffix);
    const key = base + suffix;
    let n = next.get(key) ?? 2;
    while (used.has(`${base}之${toChineseNumeral(n)}${suffix}`)) n++;
    next.set(key, n + 1);
    return take(`${base}之${toChineseNumeral(n)}${suffix}`);
  };
}

function strip(text: string): string {
  return HAS_RESERVED.test(text) ? text.replace(RESERVED, '') : text;
}

const NAME_BLANK = /[XxＸｘ×]+/g;
const OWN_PREFIX = '本';

/**
 * A namer that gives one name to the report's own unit: the blank the title's lines name (××街道党工委
 * 书记 李某某) stands for the same 街道 wherever the title's lines and the opening name a 街道.
 */
export function sharingOwnUnits(namer: SlotNamer, titleBlock: readonly string[]): SlotNamer {
  const own = new Set<string>();
  for (const line of titleBlock) {
    for (const match of line.matchAll(NAME_BLANK)) {
      const label = nameSuffixAt(line, match.index + match[0].length);
      if (label && label !== '姓名') own.add(label);
    }
  }
  if (own.size === 0) return namer;
  const names = new Map<string, string>();
  return (label, unit, context) => {
    if (unit !== '' || !own.has(label)) return namer(label, unit, context);
    const name = names.get(label) ?? namer(OWN_PREFIX + label, '');
    names.set(label, name);
    return name;
  };
}

/** A name the import gives on purpose to every blank that stands for the report's own unit. */
export function isOwnUnitName(name: string): boolean {
  return name.startsWith(OWN_PREFIX) && name.endsWith('名称');
}
