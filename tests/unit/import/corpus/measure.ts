// Measuring the import on the corpus of tests/fixtures/corpus: per text and per class of failure,
// how many lines the import changed wrongly. The expectations (what is noise, which lines are part
// headings, which wrapped lines make one paragraph …) are in tests/fixtures/corpus/expectations.json.
import { readdirSync } from 'node:fs';
import { parseImport, type ImportPreview } from '../../../../lib/import-files/parse.ts';
import * as importDomain from '../../../../lib/domain/import/index.ts';
import * as templateDomain from '../../../../lib/domain/template/index.ts';
import { renderTemplate, renderedParagraphs } from '../../../../lib/domain/template/index.ts';
import { fixturePath, fixtureText } from '../../../support/fixtures.ts';

export interface Expectation {
  kind: string;
  /** Lines that are noise; `text#n` is the text's n-th occurrence. Every other line is real. */
  noise?: string[];
  /** Lines that start like a heading but are not one: they must reach the snippets whole. */
  notHeadings?: string[];
  /** Part headings (第一部分 …): they must be headings, not body text. */
  parts?: string[];
  /** Paragraphs a copy wrapped over several lines: each must come back as one paragraph. */
  paragraphs?: string[];
  /** Lines of the ending (特此报告, 落款, date): they must be in the closing. */
  closing?: string[];
  /** Problems in a 整改台账. */
  problems?: number;
  /** The report's title (not a running header above it, not a web page's menu). */
  title?: string;
  /** Headings on a line of their own: headings of the outline, never a snippet of their own. */
  headings?: string[];
  /** Lines under the title that go with it (subtitle, speaker, issue, masthead), not the opening. */
  titleBlock?: string[];
  /** How many snippets the import proposes. */
  snippets?: number;
  /** Slot names the default import must offer (X placeholders, not figures). */
  slots?: string[];
  /** Lines that must reach a snippet exactly as written (invisible characters aside). */
  verbatim?: string[];
}

export const CLASSES = ['lost', 'noiseKept', 'junk', 'splitFigure', 'figureForm', 'slotNames', 'nameWords', 'yearSlots', 'dupMetrics', 'structure', 'ledger', 'verbatim', 'slots'] as const;
export type ClassName = (typeof CLASSES)[number];
export type Row = Record<ClassName, number>;

export const CORPUS_DIR = 'corpus';

export function corpusFiles(): string[] {
  return readdirSync(fixturePath(CORPUS_DIR)).filter((name) => name.endsWith('.txt')).sort();
}

export function expectations(): Record<string, Expectation> {
  return JSON.parse(fixtureText(`${CORPUS_DIR}/expectations.json`)) as Record<string, Expectation>;
}

// Discuz-style anti-scrape runs: three or more short ASCII tokens of letters, digits and punctuation.
const JUNK = /(?:^|[\s\p{Script=Han}])(?:[!-~]{1,3}\s+){2,}[!-~]{1,3}(?=$|[\s\p{Script=Han}])/u;
// An outline marker, or a 台账 field label (问题表现：, 责任领导：): structure, not text.
// An attachment's number after the 落款 (附件1, 附表) is structure too, as 第一部分 is.
const MARKER = /^(?:[（(]?[一二三四五六七八九十]+[)）、]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+(?:部分|章|节|篇)|附件\s*\d*$|附表\s*\d*$|(?:问题表现|整改措施|整改进展|整改情况|责任领导|责任单位|责任人|整改时限|时限|问题|措施|问题\d+)\s*[:：])/;
const DUTY = /^(?:责任领导|责任单位|责任部门|责任人|整改时限|完成时限|时限)\s*[:：]/;
const skeleton = (text: string) => text.replace(/\s+/g, '');
const han = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

/** Where each source line is: its text and its occurrence number. */
function sourceLines(text: string): { text: string; key: string }[] {
  const seen = new Map<string, number>();
  // An online editor ends lines with U+2028 / U+2029 as well.
  const raw = text.split(/\r\n|[\r\n\u2028\u2029]/).map((line) => line.trim());
  // Markdown's marks (## 一、, **…**) are no words of the report: the import takes them off.
  const unmark = markdownStripper(raw);
  return raw
    .map(unmark)
    .filter((line) => line !== '')
    .map((line) => {
      const n = (seen.get(line) ?? 0) + 1;
      seen.set(line, n);
      return { text: line, key: `${line}#${n}` };
    });
}

function isNoise(expect: Expectation, line: { text: string; key: string }): boolean {
  return (expect.noise ?? []).some((n) => n === line.text || n === line.key);
}

/**
 * The report as the import hands it on: title, then each snippet's headings and paragraphs; a
 * 整改台账 problem's owner and deadline (kept on its problem set) after its measures.
 */
function outputLines(preview: ImportPreview): string[] {
  const out: string[] = preview.title ? [preview.title] : [];
  const emitted = new Set<string>();
  const sets = new Map((preview.problemSets ?? []).flatMap((set) => set.measures.map((m) => [m, set] as const)));
  for (const [index, p] of preview.proposals.entries()) {
    p.path.forEach((heading, i) => {
      const key = p.path.slice(0, i + 1).join('\u0000');
      if (!emitted.has(key)) out.push(heading);
      emitted.add(key);
    });
    out.push(...p.original.split('\n'));
    const set = sets.get(index);
    if (set) out.push(set.owner, set.deadline);
  }
  return out;
}

// Measured on older code too, which had no built-in values and read no Markdown.
const markdownStripper = (importDomain as { markdownStripper?: (lines: readonly string[]) => (line: string) => string }).markdownStripper ?? (() => (line: string) => line);
const isBuiltinName = (templateDomain as { isBuiltinName?: (name: string) => boolean }).isBuiltinName ?? (() => false);
// The report's own unit (××街道 in the speaker's line and the opening) is one name on purpose.
const isOwnUnitName = (importDomain as { isOwnUnitName?: (name: string) => boolean }).isOwnUnitName ?? (() => false);

const SLOT = /\{\{([^{}|@]*)[^{}]*\}\}/g;
// Names that say nothing alone: a bare fallback, a verb, a numbered copy (年份2, 社区名称之二).
const MEANINGLESS = /^(?:名称|数值|数量|金额|人数|户数|比例|时间|列出|完成|开展|达到|年份|月份|日期)(?:\(|$)|(?:\d|之[二三四五六七八九十]+)(?:\(|$)/;
// A name that starts or ends inside the words around it: 以来参加…, 度全市…, 力争把…, 问题中, …预算的.
const CUT_NAME = /^(?:以来|度|力争|争取|确保|使得|今年|全年)|(?:的|除了|把|相对|中)(?:名称)?(?:\(|$)/;
// A blank year (X年, XXXX年, 20XX年) that became a slot to fill, not the report period's year.
// The verbs that bring a figure in, left at the end of a name: 保持在, 不少于, 压缩至, 提高到, 由.
const FIGURE_VERB = /(?:保持在?|稳定在|控制在|不少于|不低于|不超过|不足|低于|高于|压缩至|缩短至|降至|提高到|提升到|提升至|提高至|由|从|均|分别|以内)$/;
// A vague word qualified by nothing but the words of a heading: 主要指标完成情况比例, 强化宣传培训人数.
const VAGUE = /^(?:比例|人数|数量|户数|金额|名称|数值|提升至|提升到|提高到)$/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const YEAR_BLANK = /(?<!连续|近|满|第|前|后)(?:19|20)?[XxＸｘ]{1,4}(?=年(?!来|内|间|多|半|以上|级|龄))/g;

export async function measure(name: string, expect: Expectation, library: (names: string[]) => (name: string) => boolean): Promise<Row> {
  const text = fixtureText(`${CORPUS_DIR}/${name}`);
  const preview = await parseImport({ kind: 'text', text });
  const figures = await parseImport({ kind: 'text', text }, { numbersToSlots: true });
  const row = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Row;
  const lines = sourceLines(text);
  const removedTexts = preview.removed.map((l) => l.text);

  // Lost: a real line removed, or its words missing (in order) from what the import hands on.
  const out = han(outputLines(preview).join(''));
  let cursor = 0;
  for (const line of lines) {
    if (isNoise(expect, line)) continue;
    // An outline marker (一、, （二）, 第三部分) becomes structure, not text.
    const words = han(line.text.replace(MARKER, ''));
    // A 台账's owner and deadline stand before or after its progress: they are found anywhere.
    if (DUTY.test(line.text)) {
      if (!out.includes(words)) row.lost++;
      continue;
    }
    const at = out.indexOf(words, cursor);
    // A line that is only a label (整改措施：) is lost when it was removed.
    if (words === '' ? removedTexts.includes(line.text) : at < 0) {
      row.lost++;
      if (process.env.IMPORT_CORPUS_DEBUG) console.log('lost', name, line.text);
    }
    else if (words !== '') cursor = at + words.length;
  }
  // Noise kept: a noise line that nothing removed.
  const removedCount = new Map<string, number>();
  for (const t of removedTexts) removedCount.set(t, (removedCount.get(t) ?? 0) + 1);
  for (const line of lines) {
    if (!isNoise(expect, line)) continue;
    const left = removedCount.get(line.text) ?? 0;
    if (left > 0) removedCount.set(line.text, left - 1);
    else row.noiseKept++;
  }
  // Junk has letters in it; a table row's figures (35\t34\t1项) are none.
  const isJunk = (line: string) => /[A-Za-z]/.test(JUNK.exec(line)?.[0] ?? '');
  row.junk = outputLines(preview).filter(isJunk).length;
  if (process.env.IMPORT_CORPUS_DEBUG) for (const line of outputLines(preview)) if (isJunk(line)) console.log('junk', name, line);

  // A figure written X.X or X,XXX that became two slots.
  for (const p of preview.proposals) row.splitFigure += (p.body.match(/\}\}[.,，．]\{\{/g) ?? []).length;

  // Figures turned into slots and filled back with their values: the paragraph must read as before.
  for (const p of figures.proposals) {
    const values = new Map(p.slots.filter((s) => s.value !== undefined).map((s) => [s.name, s.value!]));
    if (values.size === 0) continue;
    const rendered = renderedParagraphs(renderTemplate(p.body, { period: '2024', lookup: (n) => (values.has(n) ? { kind: 'number', value: values.get(n)! } : undefined) }));
    const originals = p.original.split('\n');
    const hasPlaceholder = (i: number) => [...(p.body.split('\n')[i] ?? '').matchAll(SLOT)].some((m) => !values.has(m[1]!));
    originals.forEach((original, i) => {
      if (!hasPlaceholder(i) && rendered[i] !== original) row.figureForm++;
    });
  }

  // Slot names: one name over several X's, or a name that means nothing alone.
  const uses = new Map<string, number>();
  // A year that follows the period (本年, 上年, 下年) is no slot: it may stand in many places.
  for (const p of preview.proposals) for (const m of p.body.matchAll(SLOT)) if (!isBuiltinName(m[1]!)) uses.set(m[1]!, (uses.get(m[1]!) ?? 0) + 1);
  for (const [slotName, count] of uses) {
    if (count > 1 && !isOwnUnitName(slotName)) row.slotNames += count - 1;
    if (MEANINGLESS.test(slotName)) row.slotNames++;
    if (process.env.IMPORT_CORPUS_DEBUG && (count > 1 || MEANINGLESS.test(slotName))) console.log('slot name', name, slotName, count);
  }

  for (const slotName of uses.keys()) if (CUT_NAME.test(slotName)) row.nameWords++;
  // Figures turned into slots: a name that keeps the verb bringing the figure in (…保持在, …不少于,
  // 提高到, 由), a vague word with a heading glued on, or one that starts with the unit of the figure
  // before it (1,372名农民工追回欠薪2,146.8万元 → 名农民工追回欠薪).
  const figureNames = new Map<string, { original: string; topic: string }>();
  for (const p of figures.proposals) {
    const topic = (p.path[p.path.length - 1] ?? '').split(/[，,。；;：:]/, 1)[0]!.replace(/[^\p{Script=Han}]/gu, '').slice(0, 8);
    for (const s of p.slots) if (s.value !== undefined) figureNames.set(s.name, { original: p.original.replace(/[“”"]/g, ''), topic });
  }
  for (const [slotName, { original, topic }] of figureNames) {
    const label = slotName.replace(/\([^()]*\)$/, '');
    const headingGlued = topic !== '' && VAGUE.test(label.slice(topic.length)) && label.startsWith(topic);
    const unitLeft = new RegExp(`\\d${escapeRegExp(label)}`).test(original);
    const bad = MEANINGLESS.test(slotName) || CUT_NAME.test(slotName) || FIGURE_VERB.test(label) || headingGlued || unitLeft;
    if (bad) row.nameWords++;
    if (process.env.IMPORT_CORPUS_DEBUG && bad) console.log('figure name', name, slotName);
  }
  for (const p of preview.proposals) {
    const blanks = (p.original.match(YEAR_BLANK) ?? []).length;
    const followed = (p.body.match(/\{\{(?:本年|上年|下年)\}\}/g) ?? []).length;
    row.yearSlots += Math.max(0, blanks - followed);
  }

  // Duplicate metrics: a library holding each slot's metric under a variant spelling; every slot
  // the import would create anew is a duplicate.
  const names = [...uses.keys()];
  const exists = library(names.map(variant));
  row.dupMetrics = names.filter((n) => !exists(n)).length;

  // Structure.
  const originals = preview.proposals.flatMap((p) => p.original.split('\n').map(skeleton));
  const headings = new Set(preview.proposals.flatMap((p) => p.path.map(skeleton)));
  for (const line of expect.notHeadings ?? []) if (!originals.includes(skeleton(line))) row.structure++;
  for (const line of expect.paragraphs ?? []) if (!originals.includes(skeleton(line.replace(MARKER, '')))) row.structure++;
  for (const line of expect.parts ?? []) {
    const rest = skeleton(line.replace(/^第[一二三四五六七八九十]+(?:部分|章|篇)\s*[、：:．.]?\s*/, ''));
    if (![...headings].some((h) => h === skeleton(line) || h === rest)) row.structure++;
  }
  if (expect.title !== undefined && preview.title !== expect.title) row.structure++;
  // A heading alone on its line that comes back as a line of a snippet: the snippet repeats its heading.
  const headingOnly = (line: string) => originals.includes(skeleton(line)) || originals.includes(skeleton(`${line}。`));
  for (const line of expect.headings ?? []) if (!headings.has(skeleton(line)) || headingOnly(line)) row.structure++;
  const closing = preview.proposals.filter((p) => p.role === 'closing').flatMap((p) => p.original.split('\n').map(skeleton));
  for (const line of expect.closing ?? []) if (!closing.includes(skeleton(line))) row.structure++;

  const titleBlock = preview.proposals.filter((p) => p.title === importDomain.TITLE_BLOCK_SNIPPET_TITLE).flatMap((p) => p.original.split('\n').map(skeleton));
  for (const line of expect.titleBlock ?? []) if (!titleBlock.includes(skeleton(line))) row.structure++;
  if (expect.snippets !== undefined) row.structure += Math.abs(preview.proposals.length - expect.snippets);

  // Verbatim: the line, as written, is a line of a snippet (or the title).
  const written = new Set([preview.title ?? '', ...preview.proposals.flatMap((p) => p.original.split('\n'))]);
  for (const line of expect.verbatim ?? []) if (!written.has(line)) row.verbatim++;
  const slotNames = new Set(preview.proposals.flatMap((p) => p.slots.map((s) => s.name)));
  for (const slot of expect.slots ?? []) if (!slotNames.has(slot)) row.slots++;

  // Ledger: snippets with the same title as another, and problems not imported as problem sets.
  const titles = new Map<string, number>();
  for (const p of preview.proposals) titles.set(p.title, (titles.get(p.title) ?? 0) + 1);
  for (const count of titles.values()) if (count > 1) row.ledger += count;
  if (expect.problems) row.ledger += Math.max(0, expect.problems - ((preview as { problemSets?: unknown[] }).problemSets?.length ?? 0));
  return row;
}

/** A metric name as a writer might have typed it: full-width brackets, no unit, or spaces. */
function variant(name: string, i = name.length): string {
  switch (i % 3) {
    case 0:
      return name.replace('(', '（').replace(')', '）');
    case 1:
      return name.replace(/\([^()]*\)$/, '');
    default:
      return name.split('').join(i % 2 ? ' ' : '').replace('(', ' (');
  }
}

/** How the import decides a slot names a metric already in the library. */
export function libraryMatcher(existing: string[]): (name: string) => boolean {
  const key = (importDomain as { metricKey?: (name: string) => string }).metricKey ?? ((n: string) => n);
  const keys = new Set(existing.map(key));
  return (name) => keys.has(key(name));
}

export async function measureAll(): Promise<Record<string, Row>> {
  const all = expectations();
  const rows: Record<string, Row> = {};
  for (const name of corpusFiles()) rows[name] = await measure(name, all[name] ?? { kind: '' }, libraryMatcher);
  return rows;
}

export function table(rows: Record<string, Row>): string {
  const header = `| text | ${CLASSES.join(' | ')} |\n|${' --- |'.repeat(CLASSES.length + 1)}`;
  const total = Object.fromEntries(CLASSES.map((c) => [c, Object.values(rows).reduce((s, r) => s + r[c], 0)])) as Row;
  const body = [...Object.entries(rows), ['total', total] as const].map(([name, r]) => `| ${name} | ${CLASSES.map((c) => r[c]).join(' | ')} |`);
  return [header, ...body].join('\n');
}
