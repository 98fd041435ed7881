// Units that follow a placeholder or a figure in a report (X次, X余户, 12.5万元, X%), and the
// words that make an X a name instead (X社区, X驿站).

import { simplified } from './traditional.ts';

export type UnitFamily = 'money' | 'people' | 'households' | 'count' | 'percent' | 'measure' | 'time';

export interface UnitMatch {
  /** The text as written after the number, including 余/多 (余户, 多名, 万兀). */
  surface: string;
  /** The canonical unit: 户, 名, 万元. */
  unit: string;
  family: UnitFamily;
  /** The surface with a known typo fixed (万兀 → 万元); equal to surface otherwise. */
  corrected: string;
}

const UNITS: ReadonlyArray<readonly [surface: string, unit: string, family: UnitFamily]> = [
  ['亿元', '亿元', 'money'], ['万元', '万元', 'money'], ['千元', '千元', 'money'], ['元', '元', 'money'],
  ['万余元', '万元', 'money'], ['万多元', '万元', 'money'],
  // A common slip of the IME: 兀 for 元.
  ['万兀', '万元', 'money'], ['余兀', '元', 'money'],
  ['万人次', '万人次', 'people'], ['人次', '人次', 'people'], ['万人', '万人', 'people'],
  ['人', '人', 'people'], ['名', '名', 'people'], ['位', '位', 'people'],
  ['万户', '万户', 'households'], ['户', '户', 'households'], ['家', '家', 'count'],
  ['个百分点', '个百分点', 'percent'], ['%', '%', 'percent'], ['％', '%', 'percent'], ['‰', '‰', 'percent'],
  ['大类', '大类', 'count'], ['小类', '小类', 'count'], ['大项', '大项', 'count'], ['小项', '小项', 'count'],
  ['篇次', '篇次', 'count'], ['场次', '场次', 'count'], ['批次', '批次', 'count'],
  ['家次', '家次', 'count'], ['户次', '户次', 'count'], ['架次', '架次', 'count'], ['车次', '车次', 'count'],
  ['个', '个', 'count'], ['项', '项', 'count'], ['次', '次', 'count'], ['场', '场', 'count'], ['期', '期', 'count'],
  ['起', '起', 'count'], ['件', '件', 'count'], ['条', '条', 'count'], ['支', '支', 'count'], ['批', '批', 'count'],
  ['轮', '轮', 'count'], ['类', '类', 'count'], ['篇', '篇', 'count'], ['份', '份', 'count'], ['册', '册', 'count'],
  ['本', '本', 'count'], ['张', '张', 'count'], ['所', '所', 'count'], ['座', '座', 'count'], ['处', '处', 'count'],
  ['间', '间', 'count'], ['台', '台', 'count'], ['辆', '辆', 'count'], ['套', '套', 'count'], ['块', '块', 'count'],
  ['届', '届', 'count'], ['倍', '倍', 'count'], ['周年', '周年', 'count'], ['部', '部', 'count'],
  ['平方米', '平方米', 'measure'], ['㎡', '平方米', 'measure'], ['公里', '公里', 'measure'], ['千米', '千米', 'measure'],
  ['米', '米', 'measure'], ['亩', '亩', 'measure'], ['公顷', '公顷', 'measure'], ['吨', '吨', 'measure'],
  ['公斤', '公斤', 'measure'], ['千克', '千克', 'measure'], ['小时', '小时', 'measure'], ['天', '天', 'measure'],
  ['个工作日', '个工作日', 'measure'], ['个月', '个月', 'measure'],
  ['年度', '年', 'time'], ['年', '年', 'time'], ['季度', '季度', 'time'], ['月', '月', 'time'], ['日', '日', 'time'],
];

// Indexed by first character, longest first within each, so 万人次 wins over 万人 and the
// lookup after each of thousands of placeholders stays a handful of comparisons.
const BY_FIRST_CHAR = new Map<string, Array<(typeof UNITS)[number]>>();
for (const entry of [...UNITS].sort((a, b) => b[0].length - a[0].length)) {
  const first = entry[0][0]!;
  BY_FIRST_CHAR.set(first, [...(BY_FIRST_CHAR.get(first) ?? []), entry]);
}

/** 余户 = "more than X households": the 余/多/来 stays in the text, the slot holds X. */
const APPROX = '余多来';

const TYPO_FIXES: Readonly<Record<string, string>> = { 万兀: '万元', 余兀: '余元' };

/** The unit starting at `index`, or null. Name words are checked first (see nameSuffixAt). */
export function unitAt(text: string, index: number): UnitMatch | null {
  // 余/多 may be a modifier (X余户) or start a unit itself (X余兀, a typo), so try both.
  if (APPROX.includes(text[index] ?? '\0')) return unitFrom(text, index, index + 1) ?? unitFrom(text, index, index);
  return unitFrom(text, index, index);
}

// 部 counts (加装电梯X部) only where the word ends: 部门, 部署 are other words.
const WORD_ENDS = /^(?:$|[^\p{Script=Han}]|[以的及和与、或])/u;
const ENDS_A_WORD = new Set(['部']);

function unitFrom(text: string, index: number, start: number): UnitMatch | null {
  for (const [surface, unit, family] of BY_FIRST_CHAR.get(text[start] ?? '') ?? []) {
    if (!text.startsWith(surface, start)) continue;
    if (ENDS_A_WORD.has(surface) && !WORD_ENDS.test(text.slice(start + 1, start + 2))) continue;
    const approx = text.slice(index, start);
    return { surface: approx + surface, unit, family, corrected: approx + (TYPO_FIXES[surface] ?? surface) };
  }
  return null;
}

// X社区, X驿站, 《X日报》: the X stands for a name. Checked before units so 项目 and 日报 are
// not read as 项 and 日. 同志/书记 after X name a person.
const NAME_SUFFIXES = [
  '社区', '街道', '驿站', '小区', '村', '镇', '乡', '县', '区', '市', '省', '公司', '企业', '集团', '学校', '医院',
  '日报', '晚报', '党委', '党总支', '党支部', '支部', '工作机制', '工作法', '机制', '模式', '品牌', '项目', '计划',
  '工程', '中心', '广场', '基地', '同志', '书记', '部门', '单位', '活动',
];
const NAME_BY_LENGTH = [...NAME_SUFFIXES].sort((a, b) => b.length - a.length);
const PERSON_SUFFIXES = new Set(['同志', '书记']);

/** The label a name placeholder gets from the word after it: X社区 → 社区名称, X同志 → 姓名. */
export function nameSuffixAt(text: string, index: number): string | null {
  // Only the few characters a suffix can take are folded: a paragraph has many placeholders.
  const folded = simplified(text.slice(index, index + NAME_BY_LENGTH[0]!.length));
  const suffix = NAME_BY_LENGTH.find((word) => folded.startsWith(word));
  if (suffix === undefined) return null;
  return PERSON_SUFFIXES.has(suffix) ? '姓名' : `${suffix}名称`;
}

const TIME_LABELS: Readonly<Record<string, string>> = { 年: '年份', 季度: '季度', 月: '月份', 日: '日期' };

/** Time placeholders (X年X月) name themselves; the words around them say nothing. */
export function timeLabel(unit: UnitMatch): string | null {
  return unit.family === 'time' ? (TIME_LABELS[unit.unit] ?? null) : null;
}

const FALLBACK_LABELS: Record<UnitFamily, string> = {
  money: '金额',
  people: '人数',
  households: '户数',
  count: '数量',
  percent: '比例',
  measure: '数量',
  time: '时间',
};

/** The label when the text around a number says nothing usable. */
export function fallbackLabel(unit: UnitMatch): string {
  return FALLBACK_LABELS[unit.family];
}
