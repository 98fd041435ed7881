// Guessing a slot's label from the words around it, without a dictionary: the noun after the
// unit (召开X次党建专题会议 → 党建专题会议), else the phrase before the number (协调投入X万元
// → 协调投入). The writer renames what reads badly; the guess only has to be a sensible start.
import { unitAt } from './units.ts';

// A label is made of Chinese characters; quotes and book-title marks may sit inside a name
// (“两新”党组织) and are dropped afterwards. Anything else — punctuation, digits, X, 1+5+N — ends it.
const LABEL_CHAR = /[\p{Script=Han}“”"‘’'《》「」『』]/u;
const QUOTES = /[“”"‘’'《》「」『』]/g;
const HAN = /\p{Script=Han}/u;

const MAX_AFTER = 10;
const MAX_BEFORE = 12;
// A phrase with no place to cut it is kept whole up to this length rather than cut inside a word.
const MAX_WHOLE = 20;
// How far to look; enough for any phrase worth keeping, and keeps the scan linear.
const WINDOW = 24;

// Words that end the noun after a unit: X名党员在社区… → 党员; X项整改任务全部完成 → 整改任务.
const STOP_AFTER = /全部|分别|进行|研究|部署|开展|认领|参加|参与|完成|实现|覆盖|已经|取得|获得|荣获|通过|[在的和与及等被为是达共还也将把均都已因]/;
// A place word right after the unit that the noun should not start with: X次到基层走访 → 基层走访.
const LEADING_PREPOSITION = /^[到在对向赴于]/;
// After these the words describe a use or a range, not the thing counted: X万元用于党建工作.
// 的低位区间 after 3.5‰ describes the figure, it names nothing.
const NOT_A_NOUN = /^(?:的|用于|用来|用在|以上|以下|以内|之内|以外|内|左右|全部|均|都|已|分别|先后|同比|比|提高|提升|增长|增加|下降|降低|减少|压缩|压减|缩减|削减|缩短|建成|作出|做出)/;

// 下降X%和X%: a conjunction between two figures names neither.
const CONJUNCTION = /^(?:和|与|及|以及|或)(?![\p{Script=Han}])|^(?:和|与|及|或)$/u;
const TRAILING_CONJUNCTION = /(?:和|与|及|以及|或|的)$/;
// Quantity words just before the number: 培训共X次, 覆盖率达X%, 仅有X次.
// The verbs that bring a figure in (保持在95%, 不少于2次, 压缩至3个, 降至3‰, 分别达到) say what
// happened to it, not what it is.
const TRAILING_QUANTITY = /(?:回落至|回落到|回升至|回升到|上升至|上升到|下降至|下降到|增至|减至|未达到|未达|未满|未超过|共计|合计|总计|累计|共有|现有|仅有|达到|超过|多达|高达|至少|不少于|不低于|不超过|不足|低于|高于|保持在|保持|稳定在|控制在|压缩至|压缩到|压减至|压减到|缩减至|削减至|缩短至|缩短到|降至|降到|降低至|降低到|提高至|提高到|提升至|提升到|增长到|增加到|分别|均|由原来的|由原来|原来的|原来|由|从|共|达|(?<![行作认成因更较视称极最以])为|约|近|超|逾|仅|计|各)$/;
// Time, frequency and linking words that lead a phrase without naming anything.
// An item's number (二是, 一要), a bound left from the figure before (万元以上的村), 的 and 将 lead no name.
const LEADING_FILLER = /^(?:[一二三四五六七八九十]+[是要](?=\p{Script=Han}{2})|(?:及|或)?(?:以上|以下|以内|左右)(?=\p{Script=Han})|的(?!确)|将(?=\p{Script=Han}{2})|(?:第?[一二三四])季度|年来|年以来|年内|年相比|年同期相比|相比|力争|争取|确保|努力|以来|年度|季度|度(?=[\p{Script=Han}]{2})|其中|全年|今年|本年|年内|当年|去年|先后|同时|另外|此外|并且|并|又|也|共|累计|每年|每季度|每季|每月|每周|每天|每日|至少|已经|已|还|均|分别|积极|主动|关于|针对|通过|其他|其余|等|对|向|在|于|到|至(?![今少]))/u;
// Words that begin with one of those prepositions but are verbs in their own right.
// 共性指标, 共建单位: 共 begins the word, it is no 共计.
const KEEP_LEADING = /^(?:对接|对标|对照|对比|对外|向上|在职|在岗|到位|到岗|共性|共同|共享|共建|共治|共青团|共产党)/;
// Where a long phrase may be cut: after a conjunction, a closing quote or a preposition.
const CUT_AFTER = '及和与的”》』」对向在把将从给';
// …unless the character ends a word: 相对, 针对, 面向, 现在, 即将.
const PART_OF_WORD = /^(?:相对|绝对|针对|面对|核对|面向|导向|现在|存在|实在|即将|必将|目的|有的)$/;

/** The noun phrase after a unit ending at `from`; '' when the sentence breaks there. */
export function labelAfter(text: string, from: number, max = MAX_AFTER, whole = max === MAX_AFTER ? MAX_WHOLE : max): string {
  let phrase = readForward(text, from);
  if (NOT_A_NOUN.test(phrase) || CONJUNCTION.test(phrase)) return '';
  phrase = phrase.replace(LEADING_PREPOSITION, '');
  const stop = phrase.slice(1).search(STOP_AFTER);
  if (stop >= 0) phrase = phrase.slice(0, stop + 1);
  const clean = tidy(phrase);
  // A noun ends on its head word: cut short, 综合指挥平台 would become 综合指. Kept whole if not too
  // long, else the words before will do.
  if (clean.length > whole) return '';
  // X个问题中，… : 中 closes the phrase as a place, not part of the noun.
  return clean.replace(/(?<=\p{Script=Han}{2})[中里内]$/u, '');
}

/** The phrase before a number starting at `to`, trimmed of quantity and filler words. */
export function labelBefore(text: string, to: number): string {
  // Trimmed before shortening too, so the cut falls inside what is left (其中关于业务能力方面的培训仅有).
  return tidy(trim(shortenFromLeft(trim(afterFigure(text, to, readBackward(text, to)))))).replace(/(?<=\p{Script=Han}{2})[中里内]$/u, '');
}

// What follows a figure and belongs to it: an age (65岁以上), a month (8月份), else its unit
// (1,372名农民工 → 农民工). A phrase read back to a figure starts with one of these.
const AGE_OR_MONTH = /^(?:(?:周岁|岁)(?:及以上|以上|以下)?|个月|月份|年度)/;

// What a date leaves before the words (2025年完成…, 3月底前开展…); 年来 is a filler word's to take.
const DATE_REST = /^(?:年(?:度|底|初|末|中)?(?!来|以来)|月(?:份|底|初|末|中)?|日|季度)(?:前|后|起)?/;
// A code or a number glued to the words that name it: 12345热线, 5G基站.
const NAME_CODE = /[0-9A-Za-z]+$/;

// A span of time after a figure that bounds it (控制在90分钟以内的比例): the figure is part of the name.
const DURATION_BOUND = /^(?:分钟|小时|天|周|个月)(?:以内|之内|以上|以下|内)/;
// A measure word after a figure that no unit list holds (2—3级失能老年人): the figure's, not the name's.
const BARE_MEASURE = /^[级档星层代号](?=\p{Script=Han}{2})/u;

function afterFigure(text: string, to: number, phrase: string): string {
  const start = to - phrase.length;
  if (start > 0 && /[0-9]/.test(text[start - 1]!) && DURATION_BOUND.test(phrase)) return NAME_CODE.exec(text.slice(Math.max(0, start - 8), start))![0] + phrase;
  if (start > 0 && /[0-9]/.test(text[start - 1]!) && BARE_MEASURE.test(phrase)) return phrase.slice(1);
  if (start > 0 && /[0-9A-Za-z]/.test(text[start - 1]!) && /^\p{Script=Han}/u.test(phrase) && !unitAt(phrase, 0) && !AGE_OR_MONTH.test(phrase) && !/^(?:岁|周岁|年|月|日|时|分|秒)/.test(phrase)) {
    // The digits name the thing (12345热线, 5G基站) when no unit follows them and they stand
    // alone after words or punctuation, not in a figure or a formula (1+5+N).
    const code = NAME_CODE.exec(text.slice(Math.max(0, start - 8), start))![0];
    const before = text[start - code.length - 1] ?? '';
    if (code.length >= 2 && /\d/.test(code) && (before === '' || /[\p{Script=Han}，。；：、（“]/u.test(before))) return code + phrase;
  }
  if (start === 0 || !/[0-9０-９XxＸｘ×%％‰]/.test(text[start - 1]!)) return phrase;
  if (DATE_REST.test(phrase) && unitAt(phrase, 0)?.family === 'time') return phrase.replace(DATE_REST, '');
  // A year or a month left over (X年来, 3月底) is for the filler words to take.
  const unit = unitAt(phrase, 0);
  const own = AGE_OR_MONTH.exec(phrase)?.[0].length ?? (unit && unit.family !== 'time' ? unit.surface.length : 0);
  return phrase.slice(own);
}

function trim(phrase: string): string {
  for (let previous = ''; previous !== phrase; ) {
    previous = phrase;
    phrase = phrase.replace(TRAILING_QUANTITY, '').replace(TRAILING_CONJUNCTION, '');
    if (!KEEP_LEADING.test(phrase)) phrase = phrase.replace(LEADING_FILLER, '');
  }
  return phrase;
}

function readForward(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < WINDOW && LABEL_CHAR.test(text[end]!)) end++;
  return text.slice(from, end);
}

function readBackward(text: string, to: number): string {
  let start = to;
  while (start > 0 && to - start < WINDOW && LABEL_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start, to);
}

/**
 * Keeps the end of a long phrase (nearest the number), cut at the earliest place that fits. A
 * book title before it is always cut off: 《X日报》等各级媒体报道X次 counts the reports.
 */
function shortenFromLeft(phrase: string): string {
  const afterTitle = phrase.lastIndexOf('》');
  if (afterTitle >= 0 && HAN.test(phrase.slice(afterTitle + 1))) phrase = phrase.slice(afterTitle + 1);
  return tailWithin(phrase, MAX_BEFORE, MAX_WHOLE);
}

// Verbs a counted phrase often starts with: 负责人签订责任书X份 is cut to 签订责任书, not 人签订….
const PHRASE_VERB = /^(?:签订|开展|组织|召开|举办|参加|完成|实现|建立|推动|落实|发放|新增|培训|走访|排查|化解|整改|发现|收集|办理|投入|引进|改造|成立|发展|慰问|帮扶|解决|受理|接待|查处|处理|检查|考核)/;

/**
 * The end of `phrase` in at most `max` characters (quotes not counted), cut where a reader would:
 * after a conjunction, a closing quote or a preposition, else before a verb, else wherever it fits.
 */
export function tailWithin(phrase: string, max: number, whole = max): string {
  const length = (from: number) => phrase.slice(from).replace(QUOTES, '').length;
  if (length(0) <= max) return phrase;
  for (let i = 0; i < phrase.length - 2; i++) {
    if (CUT_AFTER.includes(phrase[i]!) && !PART_OF_WORD.test(phrase.slice(i - 1, i + 1)) && length(i + 1) <= max) return phrase.slice(i + 1);
  }
  // Only a few characters past where it first fits: further on, the verb would leave too little.
  let first = 1;
  while (length(first) > max) first++;
  for (let i = first; i < Math.min(first + 3, phrase.length - 1); i++) {
    if (PHRASE_VERB.test(phrase.slice(i))) return phrase.slice(i);
  }
  // Nowhere a reader would cut: keep it whole if that is not too long, rather than cut a word.
  return length(0) <= whole ? phrase : phrase.slice(-max);
}

/** Quotes dropped; a label must hold at least one Chinese character to say anything. */
function tidy(phrase: string): string {
  const clean = phrase.replace(QUOTES, '');
  return HAN.test(clean) ? clean : '';
}
