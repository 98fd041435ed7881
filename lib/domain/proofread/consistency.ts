// Consistency: a total that differs from the sum of its parts after 其中 (the same check as a
// rendered snippet's, lib/domain/metrics), and one figure stated twice with different values.
import { type Figure, type Item, checkTotals, paragraphItems } from '../metrics/index.ts';
import type { RenderedSegment } from '../template/index.ts';
import { lines } from './chars.ts';
import type { Hit, Rule } from './types.ts';

const NUMBER = /(?<![\d.A-Za-z])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.A-Za-z,])\d+(?:\.\d+)?(?![\d.]*\d)/g;

/**
 * A figure that is a bound (超过10万元, 不少于3次), one end of a range (20万元至50万元) or a rate
 * (每千名老年人拥有床位50.6张, 人均) is not an amount: it can be neither a total nor a part.
 */
const BOUND_BEFORE = /(?:超过|不少于|不低于|不超过|高于|低于|多于|少于|以上|至|到|～|—)$/;
const BOUND_AFTER = /^[^，。；、\d]{0,4}?(?:以上|以下|以内|至|到|～|—)/;
const RATE = /每|均/;
const CLAUSE_END = /[，。；：！？,;:!?]/;

function notAnAmount(line: string, start: number, end: number): boolean {
  let clause = start;
  while (clause > 0 && !CLAUSE_END.test(line[clause - 1]!)) clause--;
  return BOUND_BEFORE.test(line.slice(Math.max(0, start - 3), start)) || BOUND_AFTER.test(line.slice(end, end + 8)) || RATE.test(line.slice(clause, start));
}

/**
 * A paragraph as the metrics checks read a rendered one: text, and each figure as a value named by
 * its index. A ； ends the parts as a 。 does: what follows it is often a subset (其中60岁以上…；
 * 80岁以上…), not one more part.
 */
function segmentsOf(line: string): { segments: RenderedSegment[]; spans: [number, number][] } {
  const segments: RenderedSegment[] = [];
  const spans: [number, number][] = [];
  const text = (from: number, to: number): RenderedSegment => ({ kind: 'text', text: line.slice(from, to).replaceAll('；', '。') });
  let at = 0;
  for (const m of line.matchAll(NUMBER)) {
    const end = m.index + m[0].length;
    if (notAnAmount(line, m.index, end)) continue;
    if (m.index > at) segments.push(text(at, m.index));
    segments.push({ kind: 'value', text: m[0], slot: String(spans.length), number: Number(m[0].replaceAll(',', '')) });
    spans.push([m.index, end]);
    at = end;
  }
  if (at < line.length) segments.push(text(at, line.length));
  return { segments: inTenThousands(segments), spans };
}

/**
 * 总投资1.2亿元，其中中央资金5000万元…: a total in 亿 and parts in 万 are one measure. When a
 * paragraph states both, each 亿 figure is read as its count of 万 (1.2亿元 as 12000万元).
 */
function inTenThousands(segments: RenderedSegment[]): RenderedSegment[] {
  const unitAfter = (i: number) => {
    const next = segments[i + 1];
    return next?.kind === 'text' ? next.text[0] : undefined;
  };
  const values = segments.flatMap((s, i) => (s.kind === 'value' ? [unitAfter(i)] : []));
  if (!values.includes('亿') || !values.includes('万')) return segments;
  return segments.map((s, i) => {
    if (s.kind === 'value' && unitAfter(i) === '亿') return { ...s, number: Math.round(s.number! * 10000 * 1e6) / 1e6 };
    const previous = segments[i - 1];
    if (s.kind === 'text' && previous?.kind === 'value' && s.text[0] === '亿') return { ...s, text: `万${s.text.slice(1)}` };
    return s;
  });
}

/**
 * Parts short of the total while a figure in another measure word stands among them (设施63处，其中
 * 服务站21处……民办机构10家): the parts the check left out may well make up the rest.
 */
function partsInOtherUnits(items: readonly Item[], total: number): boolean {
  const from = items.findIndex((item) => item.kind === 'figure' && item.figure.slots[0] === String(total));
  const unit = (items[from] as { figure: Figure }).figure.unit;
  let among = false;
  for (const item of items.slice(from + 1)) {
    if (item.kind === 'text') {
      if (item.text.includes('其中')) among = true;
      if (among && /[。！？]/.test(item.text.slice(item.text.indexOf('其中') + 1))) return false;
    } else if (item.kind === 'figure' && among && item.figure.unit !== '' && unit !== '' && item.figure.unit[0] !== unit[0] && !/^[%％]/.test(item.figure.unit)) return true;
  }
  return false;
}

/** Words that say the parts listed are all of the total. */
const ALL_PARTS = /其他|其它|其余|剩余|另有/;
/** 其余资金通过…筹集: the rest named without a figure of its own leaves the sum of the figures short. */
const ALL_PARTS_FIGURE = /(?:其他|其它|其余|剩余|另有)[^，。；！？\d]*\d/;
const namesAllParts = (afterWhich: string) => ALL_PARTS_FIGURE.test(afterWhich);

const totals: Rule = {
  code: 'consistency.total',
  severity: 'warning',
  clause: null,
  check(text) {
    const hits: Hit[] = [];
    for (const line of lines(text)) {
      if (!line.text.includes('其中')) continue;
      const { segments, spans } = segmentsOf(line.text);
      const items = paragraphItems(segments);
      for (const warning of checkTotals(items)) {
        // The total is the first figure the warning names.
        const total = Number(warning.slots[0]);
        const span = spans[total];
        const short = warning.problem.code === 'check.totalMismatch';
        if (!span || (short && partsInOtherUnits(items, total))) continue;
        const hit: Hit = { start: line.start + span[0], end: line.start + span[1] };
        // 其中 often names some of the parts, or parts that overlap (女党员, 少数民族党员): a sum
        // that differs is then only worth a look. One part over the total, or parts that claim to
        // be all of it (其他, 其余), cannot be right.
        if (warning.problem.code === 'check.totalMismatch' && !namesAllParts(line.text.slice(line.text.indexOf('其中')))) hit.severity = 'info';
        hits.push(hit);
      }
    }
    return hits;
  },
};

/** 发展党员12名 … 发展党员15名: the same words before a figure in the same unit, another value. */
const FIGURE = /(\d+(?:\.\d+)?)(万元|亿元|万人|名|人|个|项|家|户|次|件|条|所|场|元)/g;
/** Where the words before a figure may start: the text's start, a space or a mark. */
const LABEL_START = /[\s，。；：、！？“”（）《》…—]/;
const isHan = (c: string) => c >= '\u4e00' && c <= '\u9fff';
/** Words that make a figure a change or a share, which may well differ between two sentences. */
const RELATIVE = /[增减降升比较占率超第余约近每均达为至过]|其中|以上|以下|同期|全年|季度|月|年/;

/** The 4 to 10 Han characters right before `at`, from a start of words; null if there are none such. */
function labelBefore(text: string, at: number): string | null {
  let from = at;
  while (from > 0 && at - from < 10 && isHan(text[from - 1]!)) from--;
  if (at - from < 4 || (from > 0 && !LABEL_START.test(text[from - 1]!))) return null;
  return text.slice(from, at);
}

const twice: Rule = {
  code: 'consistency.figure_twice',
  severity: 'info',
  clause: null,
  check(text) {
    const first = new Map<string, string>();
    const hits: Hit[] = [];
    for (const m of text.matchAll(FIGURE)) {
      if (m.index > 0 && /[\d.]/.test(text[m.index - 1]!)) continue;
      const label = labelBefore(text, m.index);
      if (label === null || RELATIVE.test(label)) continue;
      const key = `${label}\u0000${m[2]}`;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, m[1]!);
      else if (Number(seen) !== Number(m[1])) hits.push({ start: m.index, end: m.index + m[1]!.length });
    }
    return hits;
  },
};

/**
 * 满意的占65%，基本满意的占30%，不满意的占10%: shares of one whole in one sentence that add up to
 * more than all of it. Groups may overlap (男性占52%…党员占30%) and a survey's answers may be many
 * (医疗保健占68.2%、助餐占54.7%), so only shares that say they are all of it (其他, 其余, or the
 * answers of one question: 满意…不满意) are added up.
 */
/** 满意…不满意, 合格…不合格: the answers of one question, so their shares are all of it. */
function isYesAndNo(sentence: string): boolean {
  for (const m of sentence.matchAll(/不(满意|合格|达标|同意|支持|了解|知晓|清楚)/g)) if (sentence.replace(m[0], '').includes(m[1]!)) return true;
  return false;
}
const SHARE = /占(?:比)?(?:为|达)?(\d+(?:\.\d+)?)[%％]/g;
/** A question that takes several answers (多选题, 可多选): its shares add up to more than all of it. */
const MANY_ANSWERS = /多选|多项选择|可选多项|限选[二三两]项/;
const SENTENCE_ENDS = ['。', '！', '？', '\n'];

function sentenceAround(text: string, at: number): [number, number] {
  const start = Math.max(...SENTENCE_ENDS.map((c) => text.lastIndexOf(c, at))) + 1;
  const ends = SENTENCE_ENDS.map((c) => text.indexOf(c, at)).filter((e) => e !== -1);
  return [start, ends.length === 0 ? text.length : Math.min(...ends)];
}

const shares: Rule = {
  code: 'consistency.share_sum',
  severity: 'warning',
  clause: null,
  check(text) {
    const hits: Hit[] = [];
    // The shares of each sentence, found from the shares themselves (a sentence without 占 is not read).
    const groups = new Map<number, { end: number; found: RegExpExecArray[] }>();
    for (const m of text.matchAll(SHARE)) {
      const [start, end] = sentenceAround(text, m.index);
      const group = groups.get(start) ?? { end, found: [] };
      group.found.push(m as RegExpExecArray);
      groups.set(start, group);
    }
    for (const [start, { end, found }] of groups) {
      const sentence = text.slice(start, end);
      if (MANY_ANSWERS.test(sentence)) continue;
      // 男性占47.3%，女性占52.7%；60岁以上的占31.8%…: pieces that each hold several shares are
      // groupings of their own, added up apart. Pieces of one share each (满意的占65%；…) are one.
      const pieces = new Map<number, RegExpExecArray[]>();
      for (const m of found) {
        const piece = text.lastIndexOf('；', m.index);
        pieces.set(piece, [...(pieces.get(piece) ?? []), m]);
      }
      const parts = [...pieces.values()].some((p) => p.length >= 2) ? [...pieces.values()] : [found];
      for (const part of parts) {
        if (part.length < 2 || part.reduce((s, m) => s + Number(m[1]), 0) <= 100.5) continue;
        const next = part === found ? -1 : text.indexOf('；', part[part.length - 1]!.index);
        const words = text.slice(part === found ? start : Math.max(start, text.lastIndexOf('；', part[0]!.index) + 1), next === -1 || next > end ? end : next);
        const first = part[0]!;
        const at = first.index + first[0].indexOf(first[1]!);
        if (ALL_PARTS.test(words) || isYesAndNo(words)) hits.push({ start: at, end: at + first[1]!.length });
      }
    }
    return hits;
  },
};

export const CONSISTENCY_RULES: Rule[] = [totals, twice, shares];
