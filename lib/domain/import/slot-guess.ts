// The shared step behind placeholdersToSlots and numbersToSlots: given where the numbers are,
// read the unit after each, guess a label, and write the template with {{name}} in their place.
import { isDate } from './ending.ts';
import { labelAfter, labelBefore, tailWithin } from './labels.ts';
import { createSlotNamer, type SlotNamer } from './slot-names.ts';
import { fallbackLabel, nameSuffixAt, timeLabel, unitAt, type UnitMatch } from './units.ts';

export interface SlotGuess {
  /** Unique within the text; what stands between {{ and }}. */
  name: string;
  /** The guessed words, before numbering and unit were added. */
  label: string;
  /** 次, 万元, %; '' for a text slot. */
  unit: string;
  kind: 'value' | 'text';
  /** The placeholder or figure as written: X, XX, ×, 12.5. */
  source: string;
  /** The figure, for slots made from a concrete number. */
  value?: number;
  /** Where `source` was in the input. */
  start: number;
  end: number;
  /** Format filters the template writes after the name (|千分位|1位小数), '' for none. */
  format: string;
  /** The sentence the slot stands in, as written, for the preview. */
  sentence: string;
}

export interface SlotTemplate {
  /** The text with each slot written as {{name}}. */
  template: string;
  slots: SlotGuess[];
}

export interface Candidate {
  start: number;
  end: number;
  value?: number;
  /** Numbers are slots only before a unit; placeholders may also be names (X社区). */
  allowText: boolean;
  /** Filters that write the value as the source did, from writtenFormat. */
  format?: string;
  /** A built-in value of the template language (本年 …) to write instead of a slot: no metric. */
  builtin?: string;
}

/**
 * The template filters that write a figure as it was written: a thousands separator (1,234 or
 * X,XXX) and the number of decimals (3.50 or X.XX). A placeholder's form is the writer's template.
 */
export function writtenFormat(figure: string): string {
  const thousands = figure.includes(',') ? '|千分位' : '';
  const point = figure.search(/[.．]/);
  const places = point < 0 ? 0 : figure.length - point - 1;
  return thousands + (places > 0 ? `|${places}位小数` : '');
}

/**
 * `name` is shared by all texts of one import, so no two slots of it share a name; `heading` is
 * the section the text is under, a last resort to tell two slots apart.
 */
export function guessSlots(text: string, candidates: Iterable<Candidate>, name: SlotNamer = createSlotNamer(), heading = ''): SlotTemplate {
  const slots: SlotGuess[] = [];
  const parts: string[] = [];
  // The heading's first words, in case nothing in the sentence tells two slots apart.
  // A heading that opens on a verb of intent (确保重点项目按期推进) is qualified by what it is about.
  const words = heading.split(/[，,。；;：:]/, 1)[0]!.replace(NOT_HAN, '').replace(LEADING_FUNCTION, '');
  // A long heading is cut where its words break (before a quotation: 西山乡建立农村集体 of
  // 西山乡建立农村集体“三资”监管平台), not in the middle of one (西山乡建立农村集).
  const lead = (heading.split(/[，,。；;：:]/, 1)[0]!.split(/[^\p{Script=Han}]/u, 1)[0] ?? '').replace(LEADING_FUNCTION, '');
  const topic = words.length <= WHOLE_QUALIFIER ? words : lead.length >= MIN_LEAD && lead.length <= WHOLE_QUALIFIER ? lead : words.slice(0, MAX_QUALIFIER);
  let cursor = 0;
  for (const candidate of candidates) {
    if (candidate.builtin) {
      parts.push(text.slice(cursor, candidate.start), `{{${candidate.builtin}}}`);
      cursor = candidate.end;
      continue;
    }
    const guess = classify(text, candidate);
    if (!guess) continue;
    const slotName = name(guess.label, guess.unit, [...(guess.qualifier ? [guess.qualifier] : []), ...contextOf(text, candidate.start, guess.label), topic]);
    const source = text.slice(candidate.start, candidate.end);
    const { start, end, value } = candidate;
    const format = guess.kind === 'value' ? (candidate.format ?? '') : '';
    const slot: SlotGuess = { name: slotName, label: guess.label, unit: guess.unit, kind: guess.kind, source, start, end, format, sentence: sentenceAt(text, start) };
    // Set only when known, so placeholder slots have no `value` key at all (spreading it in is slow).
    if (value !== undefined) slot.value = value;
    slots.push(slot);
    parts.push(text.slice(cursor, candidate.start), `{{${slotName}${format}}}`);
    cursor = candidate.end;
    // The unit goes into the template corrected (万兀 → 万元).
    if (guess.unitMatch && guess.unitMatch.corrected !== guess.unitMatch.surface) {
      parts.push(guess.unitMatch.corrected);
      cursor += guess.unitMatch.surface.length;
    }
  }
  parts.push(text.slice(cursor));
  return { template: parts.join(''), slots };
}

const SENTENCE_BREAK = /[。！？!?；;\n]/;
const MAX_SENTENCE = 80;

/** The sentence around `index`, cut to a readable length around it. */
function sentenceAt(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < MAX_SENTENCE && !SENTENCE_BREAK.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && end - start < MAX_SENTENCE && !SENTENCE_BREAK.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return text.slice(start, end).trim();
}

const CLAUSE_BREAK = /[。！？!?；;，,：:、\n]/;
// Sequence words and fillers that lead a clause without naming anything.
const CLAUSE_LEAD = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|其中|同时|另外|此外|全年|今年|累计|共)/;
const NOT_HAN = /[^\p{Script=Han}]/gu;
const FIGURE_IN = /[0-9０-９XxＸｘ×]/;
const MAX_QUALIFIER = 8;
const MIN_LEAD = 4;
// A word a little longer is kept whole rather than cut inside it (社会消费品零售总额, not 会消费品零售总额).
const WHOLE_QUALIFIER = 12;
// 在…中, 除…外, 针对…: the frame around a phrase, not its meaning.
const PLACE_WORDS = /^(?:在|除了?|针对|对于?|关于|通过)|(?:中|外|里|上|下|方面|和|与|及|以及)$/g;
// Words that lead or close a phrase without naming anything: 使得今年除了X社区, 力争把X社区.
const LEADING_FUNCTION = /^(?:使得?|力争|争取|确保|今年|全年|其中|同时|以来)+/;
const TRAILING_FUNCTION = /(?:除了?|把|将|相对|对|向|从|给|被|让|使得?)+$/;

/**
 * Words that tell this slot from another with the same label, nearest first: the phrase just
 * before it (整顿资金X万元 → 整顿资金), then the clause before its own (在社区党建工作中，除X社区…
 * → 社区党建工作).
 */
function contextOf(text: string, start: number, label: string): string[] {
  const before = labelBefore(text, start);
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(text[clauseStart - 1]!)) clauseStart--;
  let previousStart = clauseStart - 1;
  while (previousStart > 0 && !CLAUSE_BREAK.test(text[previousStart - 1]!)) previousStart--;
  const previous = clauseStart > 0 && !/[。！？!?\n]/.test(text[clauseStart - 1]!) ? text.slice(previousStart, clauseStart - 1) : '';
  const clean = (phrase: string) =>
    phrase.replace(NOT_HAN, '').replace(CLAUSE_LEAD, '').replace(LEADING_FUNCTION, '').replace(TRAILING_FUNCTION, '').replace(PLACE_WORDS, '');
  // The phrase before is read from its end (nearest the slot); a clause before, from its start,
  // and only when it has no figure of its own to be confused with.
  // A clause before with a figure of its own gives the words before that figure: 产业类项目58个，
  // 完成投资41.2亿元；基础设施类项目39个，完成投资18.6亿元 — each 完成投资 is its 项目's.
  const lead = !FIGURE_IN.test(previous) ? previous : opensSegment(text, previousStart) ? previous.slice(0, previous.search(FIGURE_IN)) : '';
  return [before === label ? '' : tailWithin(clean(before), MAX_QUALIFIER, WHOLE_QUALIFIER), tailWithin(clean(lead), MAX_QUALIFIER, WHOLE_QUALIFIER)]
    .filter((phrase) => phrase.length >= 2);
}

/**
 * The clause at `start` opens a run of parallel segments (after a ；, a sentence's start, or 其中，):
 * 产业类项目58个，完成投资41.2亿元；基础设施类项目39个，… — not a clause amid a list of counts.
 */
function opensSegment(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return start === 0 || /[。；;！？!?\n]$/.test(before) || /(?:^|[。；;，,\n])其中[，,]$/.test(before);
}

// 列出X项X条目标任务: the first count names the same noun as the second.
const CHAINED_FIGURE = /^(?:[XxＸｘ×]+|\d+)/;

function chainedLabel(text: string, from: number): string {
  const figure = CHAINED_FIGURE.exec(text.slice(from, from + 12));
  if (!figure) return '';
  const unit = unitAt(text, from + figure[0].length);
  return unit && unit.family !== 'time' ? labelAfter(text, from + figure[0].length + unit.surface.length) : '';
}

function lineAt(text: string, index: number): string {
  const end = text.indexOf('\n', index);
  return text.slice(text.lastIndexOf('\n', index - 1) + 1, end < 0 ? text.length : end);
}

interface Classified {
  kind: 'value' | 'text';
  label: string;
  unit: string;
  unitMatch?: UnitMatch;
  /** A word that tells this figure from the one it is paired with (提升后). */
  qualifier?: string;
}

const FIGURE_AT = /[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9]+)?|[XxＸｘ×]+(?:,[XxＸｘ×]{3})*(?:[.．][XxＸｘ×]+)?/g;
const LIST_LINK = /^\s*(?:和|与|及|、)\s*$/;
const LIST_SPLIT = /和|与|及|、/;
// What introduces a list at a clause's end: 依次为, 主要是, 包括, ：.
const LIST_INTRO = /为|是|包括|有|[:：]/;
const MAX_LISTED = 8;
const CHANGE_VERB = /^(?:同比|环比|较上年|比上年)?(?:下降|增长|提高|提升|减少|增加|降低|上升)/;

/** The figures with a unit in text[from, to): where each starts and ends (unit included). */
function figuresIn(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(from, to).matchAll(FIGURE_AT)) {
    const unit = unitAt(text, from + m.index + m[0].length);
    if (unit && unit.family !== 'time') out.push({ start: from + m.index, end: from + m.index + m[0].length + unit.surface.length });
  }
  return out;
}

/**
 * 群众安全感和满意度分别达到98.6%和97.3%; 发生事故17起、死亡9人，同比分别下降22.7%和18.2%: the
 * figures after 分别 go one to one with the things listed before it, or with the figures of the
 * clause before. The label of the figure at `start`, or null when the sentence says no such thing.
 */
// Clauses here are what a comma closes: 、 lists inside a clause.
const COMMA_CLAUSE = /[。！？!?；;，,：:\n]/;

function respectively(text: string, start: number): string | null {
  let clauseStart = start;
  while (clauseStart > 0 && !COMMA_CLAUSE.test(text[clauseStart - 1]!)) clauseStart--;
  const at = text.lastIndexOf('分别', start);
  if (at < clauseStart) return null;
  let clauseEnd = start;
  while (clauseEnd < text.length && !COMMA_CLAUSE.test(text[clauseEnd]!)) clauseEnd++;
  const after = figuresIn(text, at, clauseEnd);
  // The figures after 分别 must make a list: joined by 和/与/、 and nothing else.
  if (after.length < 2 || after.some((f, i) => i > 0 && !LIST_LINK.test(text.slice(after[i - 1]!.end, f.start)))) return null;
  const k = after.findIndex((f) => f.start === start);
  if (k < 0) return null;
  const verb = CHANGE_VERB.exec(text.slice(at + 2, after[0]!.start))?.[0] ?? '';
  const listed = labelBefore(text, at).split(LIST_SPLIT).filter((part) => part !== '');
  if (listed.length === after.length) return listed[k]! + verb.replace(/^(?:同比|环比|较上年|比上年)/, '');
  // 同比分别下降: the things are the figures of the clause before.
  const before = text.slice(clauseStart, at).replace(/[^\p{Script=Han}]/gu, '');
  let previousStart = clauseStart - 1;
  while (previousStart > 0 && !COMMA_CLAUSE.test(text[previousStart - 1]!)) previousStart--;
  // …依次为电视、手机短视频和医务人员，分别占58.2%、51.6%和37.9%: the clause before ends on the list.
  if (before === '' && clauseStart > 0) {
    const things = text.slice(previousStart, clauseStart - 1).split(LIST_INTRO).pop()!.split(LIST_SPLIT).map((part) => part.replace(/[^\p{Script=Han}]/gu, ''));
    if (things.length === after.length && things.every((thing) => thing.length >= 2 && thing.length <= MAX_LISTED)) return things[k]! + verb;
  }
  const previous = clauseStart > 0 ? figuresIn(text, previousStart, clauseStart - 1) : [];
  if (previous.length !== after.length) return null;
  const subject = labelBefore(text, previous[k]!.start) || labelAfter(text, previous[k]!.end);
  return subject ? subject + before + verb : null;
}

// 由93.5%提升至97.1%, 由15个工作日压缩至3个工作日, 1.2万户、3.6万人.
// X%～X%, X—X人, X至X个: the second bound of a range.
const PAIR_BEFORE = /(?:[0-9０-９]|[XxＸｘ×])[^0-9０-９XxＸｘ×，。；;]{0,5}?(和|与|及|、|[～~—–－]{1,2}|(?:提高|提升|增长|增加|下降|降低|减少|压缩|压减|缩减|削减|缩短|调整)?(?:到|至))\s*$/u;
const RANGE_LINK = /^(?:[～~—–－]{1,2}|到|至)$/;
// The upper bound of a range is named as the lower, and says so.
const UPPER_BOUND = '上限';

/** A figure whose own words are empty, right after another: named as that one, told apart by the verb between. */
function secondOfPair(text: string, start: number): { label: string; qualifier: string } | null {
  const abutting = abuttingFigure(text, start);
  if (abutting) return abutting;
  const window = text.slice(Math.max(0, start - 12), start);
  const match = PAIR_BEFORE.exec(window);
  if (!match) return null;
  const link = match[1]!;
  // The figure before: back over its unit to its last digit, then to its first.
  let prevEnd = start - window.length + match.index + 1;
  let prevStart = prevEnd - 1;
  while (prevStart > 0 && /[0-9０-９,.．XxＸｘ×]/.test(text[prevStart - 1]!)) prevStart--;
  const unit = unitAt(text, prevEnd);
  if (unit) prevEnd += unit.surface.length;
  const label = timedFigure(text, prevStart)?.label || labelBefore(text, prevStart) || labelAfter(text, prevEnd);
  if (!label) return null;
  if (RANGE_LINK.test(link)) return { label: `${label}${UPPER_BOUND}`, qualifier: '' };
  const verb = /^(.{2})(?:到|至)$/.exec(link)?.[1];
  return { label, qualifier: verb ? `${verb}后` : '' };
}

/**
 * 考核指标5大类28项, 3个方面12个问题: a count right after another count and its unit counts the
 * same thing in finer parts, so it takes that one's words (its unit tells the two apart).
 */
function abuttingFigure(text: string, start: number): { label: string; qualifier: string } | null {
  for (let k = 1; k <= 4 && k < start; k++) {
    const unit = unitAt(text, start - k);
    if (!unit || unit.surface.length !== k || unit.family === 'time' || !/[0-9０-９XxＸｘ×]/.test(text[start - k - 1] ?? '')) continue;
    let prevStart = start - k - 1;
    while (prevStart > 0 && /[0-9０-９,.．XxＸｘ×]/.test(text[prevStart - 1]!)) prevStart--;
    const label = labelBefore(text, prevStart);
    return label ? { label, qualifier: '' } : null;
  }
  return null;
}

// 学生参与率由2021年的61.2%提高到2024年的92.7%, 培训机构由政策实施前的1,137家压减至46家: a figure
// of a time is the thing named before it, at that time.
const OF_TIME = /(?:((?:19|20)\d{2}年(?:底|末|初|同期)?|上年(?:同期)?|去年(?:同期)?)|由([\p{Script=Han}]{2,8}?[前初末底]))的?$/u;
const PAIRED_BEFORE = /[0-9０-９](?:[%％‰]|\p{Script=Han}{1,3})?\s*(?:(?:提高|提升|增长|增加|下降|降低|减少|压缩|压减|缩减|削减|缩短|调整)?(?:到|至)|和|与|、)$/u;

/** The thing a figure of a time counts, and that time; null for a figure of no time. */
function timedFigure(text: string, start: number, depth = 0): { time: string; label: string } | null {
  const match = OF_TIME.exec(text.slice(Math.max(0, start - 14), start));
  if (!match) return null;
  const time = match[1] ?? match[2]!;
  const timeStart = start - match[0].length;
  const own = labelBefore(text, timeStart);
  if (own) return { time, label: own };
  // The second of a pair (…提高到2024年的92.7%) names the thing the first one did.
  const pair = PAIRED_BEFORE.exec(text.slice(Math.max(0, timeStart - 10), timeStart));
  if (!pair || depth > 0) return null;
  let prevStart = timeStart - pair[0].length + 1;
  while (prevStart > 0 && /[0-9０-９,.．]/.test(text[prevStart - 1]!)) prevStart--;
  const first = timedFigure(text, prevStart, depth + 1);
  return first && { time, label: first.label };
}

// Cells of a table pasted as text: a tab, or two spaces or more between them.
const CELL_BREAK = /\t+| {2,}|\u3000{2,}/g;
const HAS_CELLS = /\t| {2,}|\u3000{2,}/;
const UNIT_IN_BRACKETS = /[（(][^（）()]{1,6}[)）]$/;

function cellsOf(line: string): { text: string; from: number }[] {
  const cells: { text: string; from: number }[] = [];
  let from = 0;
  for (const m of line.matchAll(CELL_BREAK)) {
    cells.push({ text: line.slice(from, m.index), from });
    from = m.index + m[0].length;
  }
  cells.push({ text: line.slice(from), from });
  return cells.filter((c) => c.text.trim() !== '');
}

/**
 * A figure alone in a cell of a table pasted as text (tab- or space-separated columns under a
 * header row) is named by its row and its column: 农村户厕改造 + 完成率. Null for any other figure;
 * a cell that holds a sentence of its own is read as a sentence.
 */
function tableLabel(text: string, start: number, end: number): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = lineAt(text, start);
  if (!HAS_CELLS.test(line)) return null;
  const cells = cellsOf(line);
  const at = start - lineStart;
  const index = cells.findIndex((c) => at >= c.from && at < c.from + c.text.length);
  if (index < 0) return null;
  const own = cells[index]!;
  // Words in the cell besides its figure and unit: a sentence, not a value.
  if (own.text.slice(0, at - own.from).trim() !== '' || own.text.slice(end - lineStart - own.from).replace(/^[余多]/, '').trim() !== '') return null;
  // The header is the first line of the block of lines with cells above this one.
  // A 合计 row leaves the 序号 column blank: one cell fewer than the rows above, the first missing.
  const offset = TOTAL_ROW.test(cells[0]?.text.trim() ?? '') ? 1 : 0;
  let header: string | null = null;
  for (let pos = lineStart; pos > 0; ) {
    const previousStart = text.lastIndexOf('\n', pos - 2) + 1;
    const previous = text.slice(previousStart, pos - 1);
    // A caption above the table (表1  …参与情况) has cells of another count: the table starts below it.
    const count = HAS_CELLS.test(previous) ? cellsOf(previous).length : -1;
    if (count !== cells.length && !(offset === 1 && count === cells.length + 1)) break;
    header = previous;
    pos = previousStart;
  }
  if (header === null) return null;
  const columns = cellsOf(header);
  const shift = columns.length === cells.length + 1 && offset === 1 ? 1 : 0;
  if (columns.length !== cells.length + shift) return null;
  const column = clean(columns[index + shift]!.text);
  const row = cells.find((c, k) => k !== index && /\p{Script=Han}/u.test(c.text) && !/[0-9０-９]/.test(c.text));
  // A row of a year (2021年 512 28.6 61.2%) is named by its year.
  const year = cells.find((c, k) => k !== index && YEAR_CELL.test(c.text.trim()));
  if (!column || !(row || year)) return null;
  return row ? clean(row.text.trim().replace(ROW_NUMBER, '')) + column : year!.text.trim() + column;
}

const TOTAL_ROW = /^(?:合|总|小)[ \u3000]*计$/;
const YEAR_CELL = /^(?:19|20)\d{2}\s*年(?:度)?$/;
// A row's own number (一、产业项目, （二）基础设施, 3.社会民生) is the table's order, not the row's name.
const ROW_NUMBER = /^(?:[（(]?[一二三四五六七八九十]+[)）、．.]|[（(]\d+[)）]|\d+[、．.](?!\d)|[①-⑳])\s*/;
const clean = (cell: string) => cell.trim().replace(UNIT_IN_BRACKETS, '').replace(NOT_HAN, '');

// X—X人, X至X小时: the lower bound of a range whose unit is written once, after the upper.
const RANGE_TO = /^\s*(?:[～~—–－]{1,2}|至|到)\s*(?:[XxＸｘ×]+|\d+)(?:[.,．](?:[XxＸｘ×]+|\d+))*/;

function classify(text: string, { start, end, allowText }: Candidate): Classified | null {
  const nameLabel = allowText ? nameSuffixAt(text, end) : null;
  if (nameLabel) return { kind: 'text', label: nameLabel, unit: '' };
  const range = unitAt(text, end) ? null : RANGE_TO.exec(text.slice(end, end + 16));
  const rangeUnit = range ? unitAt(text, end + range[0].length) : null;
  if (range && rangeUnit && rangeUnit.family !== 'time') {
    const label = labelAfter(text, end + range[0].length + rangeUnit.surface.length) || labelBefore(text, start) || fallbackLabel(rangeUnit);
    return { kind: 'value', label, unit: rangeUnit.unit };
  }
  const unit = unitAt(text, end);
  if (unit) {
    // A blank before 年 that is no year (placeholders.ts took those) counts years: 连续X年保持… .
    const countsYears = allowText && unit.family === 'time' && unit.unit === '年';
    // The line that is only a date is the report's 成文日期: its month and day say so.
    const time = countsYears ? null : timeLabel(unit) && (isDate(lineAt(text, start)) ? `成文${timeLabel(unit)}` : timeLabel(unit));
    // 近X年来, X年内: a span of years, named by what it is the span of.
    const span = countsYears && /^\s*年(?:来|以来|内|间|多)/.test(text.slice(end, end + 4));
    const cell = span || time ? null : tableLabel(text, start, end + unit.surface.length);
    const timed = span || time || cell ? null : timedFigure(text, start);
    const dated = timed && timed.time + timed.label;
    const paired = span || time || cell || dated ? null : respectively(text, start) ?? null;
    const own = cell ?? dated ?? (paired ? '' : bracketedLabel(text, start, end + unit.surface.length) || labelAfter(text, end + unit.surface.length) || chainedLabel(text, end + unit.surface.length) || labelBefore(text, start));
    const pair = paired || own ? null : secondOfPair(text, start);
    const label = span ? '年数' : time ?? (paired || own || pair?.label || (countsYears ? '年数' : fallbackLabel(unit)));
    const result: Classified = { kind: 'value', label, unit: unit.family === 'time' && !countsYears ? '' : unit.unit, unitMatch: unit };
    if (pair?.qualifier) result.qualifier = pair.qualifier;
    return result;
  }
  if (!allowText) return null;
  // X before other words names something (X党建计划 → 党建计划名称); X alone takes the phrase before it.
  const following = labelAfter(text, end, 6);
  // 积分不低于XXXX分。: one character closing the phrase is a unit the list lacks, not a name
  // (but 至 in X至X is the range's link).
  if (following.length === 1 && !/^[至到和与及或]$/.test(following) && /^(?:$|[^\p{Script=Han}])/u.test(text.slice(end + 1, end + 2))) {
    const label = labelBefore(text, start);
    if (label) return { kind: 'value', label, unit: following };
  }
  if (following) return { kind: 'text', label: `${following}名称`, unit: '' };
  return { kind: 'text', label: labelBefore(text, start) || '名称', unit: '' };
}

/** 安全与急救（62.4%）: a figure alone in brackets is named by the words right before them. */
function bracketedLabel(text: string, start: number, end: number): string {
  if (!/[（(]/.test(text[start - 1] ?? '') || !/[）)]/.test(text[end] ?? '')) return '';
  const words = /\p{Script=Han}{2,12}$/u.exec(text.slice(Math.max(0, start - 13), start - 1))?.[0] ?? '';
  // Only an item of a list: before its words, a list's break (、，：) or the line's start.
  const before = text[start - 1 - words.length - 1] ?? '';
  return words !== '' && (before === '' || /[、，,：:；;\n]/.test(before)) ? words : '';
}
