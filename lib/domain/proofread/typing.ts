// Slips of the keyboard a proof-reader always marks: a word typed twice (进一步进一步, 的的) and a
// space inside Chinese words (工作 取得成效). Chinese doubles many words on purpose (人人, 研究研究,
// 的的确确, 一个一个), so only doubles that are never right are found.
import { HAN, lines } from './chars.ts';
import type { Hit, Rule } from './types.ts';

/**
 * Words of reports that are never said twice in a row. Verbs that are (研究研究, 商量商量) and
 * numeral–measure pairs (一个一个) are not here.
 */
const NEVER_TWICE = [
  '进行', '我们', '加强', '推进', '推动', '全面', '深入', '坚持', '持续', '切实', '积极', '认真', '有效', '不断', '已经', '同时',
  '以及', '通过', '按照', '根据', '关于', '对于', '落实', '提高', '完善', '建立', '健全', '开展', '实施', '要求', '确保',
  '全县', '全市', '全镇', '全省', '全区', '各级', '各地', '相关', '有关', '重点', '主要', '其中', '目前', '今年',
];

/**
 * Single characters that are never doubled, each with the neighbours that make the pair two words:
 * 的的确确, 目的的; 为了了解, 不了了之; 现在在座; 关键是是否; 棉被被.
 */
const SINGLES: readonly [string, RegExp | null, RegExp | null][] = [
  ['的', /[目有端标]$/, /^确/],
  ['了', /[为除不]$/, /^[解结却如然断之]/],
  ['在', /[现存正实所自好内外潜旨意重贵难妙]$/, null],
  ['是', /[但可总于还凡倒要只正更也就硬老真像若即或而不却才乃则算便]$/, /^[否非]/],
  ['被', /[棉盖床]$/, null],
];

const isHanAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
};

const PAIRS: ReadonlySet<string> = new Set(NEVER_TWICE);

/**
 * A run of three to eight characters typed twice (进一步进一步, 高质量发展高质量发展; not 一个月一个月
 * or 哈哈哈), or a word of NEVER_TWICE typed twice. Characters are compared before any string is
 * cut, so the text is read once.
 */
function runsTwice(text: string, hits: Hit[]) {
  for (let i = 0; i + 4 <= text.length; i++) {
    if (!isHanAt(text, i)) continue;
    for (let len = 2; len <= 8 && i + 2 * len <= text.length; len++) {
      if (text.charCodeAt(i) !== text.charCodeAt(i + len) || text.charCodeAt(i + len - 1) !== text.charCodeAt(i + 2 * len - 1)) continue;
      const unit = text.slice(i, i + len);
      if (unit !== text.slice(i + len, i + 2 * len)) continue;
      let han = true;
      for (let k = 1; k < len && han; k++) han = isHanAt(text, i + k);
      if (!han || (len === 2 ? !PAIRS.has(unit) : unit.startsWith('一') || new Set(unit).size === 1)) continue;
      // 切实切实切实: every copy after the first goes in one fix.
      let end = i + 2 * len;
      while (text.startsWith(unit, end)) end += len;
      hits.push({ start: i + len, end, fix: '' });
      i = end - 1;
      break;
    }
  }
}

function repeated(text: string): Hit[] {
  const hits: Hit[] = [];
  runsTwice(text, hits);
  for (const [ch, before, after] of SINGLES) {
    for (let i = text.indexOf(ch + ch); i !== -1; i = text.indexOf(ch + ch, i + 2)) {
      if (before?.test(text.slice(Math.max(0, i - 1), i)) || after?.test(text.slice(i + 2, i + 3))) continue;
      // Three in a row (的的的) is one slip: the hit covers what is extra.
      let end = i + 2;
      while (text[end] === ch) end++;
      hits.push({ start: i + 1, end, fix: '' });
      i = end - 2;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** 第一章 总则, 第一条 为了… (a full-width space): the space after a chapter's or an article's number is the layout. */
const AFTER_NUMBER = /第[一二三四五六七八九十百零〇\d]+(?:[章条节款编篇项]|部分)$/;
/**
 * 联系人：县安委办 周立新，, 县农业农村局局长 陈志远: a unit or a post and the name of the person
 * are two items, a space apart.
 */
const UNIT_END = /(?:[办局委部处科室院所站心司队组会府厅团校社村镇乡区县市省馆长员]|书记|主任|主席|经理|代表|同志)$/;
const NAME_AFTER = new RegExp(`^${HAN}{2,3}(?![\\u3400-\\u9fff])`);
/** 主题词：公务用车 管理 办法: words listed a space apart. */
const KEYWORDS = /^[\s\u3000]*(?:主题词|关键词|关键字)/;
/** A line of names of units alone (中共某县委 某县人民政府, 某县人民政府 文件) is a joint signature or a masthead. */
const UNIT_NAME = /^[\u4e00-\u9fff]*(?:[办局委部处科室院所站心司队组会府厅团校社村镇乡区县市省馆]|文件)$/;
/**
 * Each word of the line, between its spaces, is a unit's name. Read word by word: one pattern for
 * the whole line backtracked without end on a long paragraph with one space in it.
 */
function unitsOnly(line: string): boolean {
  const words = line.split(/[\s\u3000]+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => UNIT_NAME.test(w));
}

/**
 * GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》: a standard's title is its parts a space
 * apart, as the standard prints it. A title is one when a standard's number stands right before or
 * right after it.
 */
const STANDARD_NUMBER = '[A-Z]{1,4}(?:/[A-Z])? ?\\d+(?:\\.\\d+)*[-—]\\d{4}';
const NUMBER_BEFORE = new RegExp(`${STANDARD_NUMBER}[ \\u3000]*$`);
const NUMBER_AFTER = new RegExp(`^[ \\u3000]*[（(]?${STANDARD_NUMBER}`);

function inStandardTitle(line: string, at: number): boolean {
  const open = line.lastIndexOf('《', at);
  if (open === -1 || line.lastIndexOf('》', at) > open) return false;
  const close = line.indexOf('》', at);
  return NUMBER_BEFORE.test(line.slice(Math.max(0, open - 24), open)) || (close !== -1 && NUMBER_AFTER.test(line.slice(close + 1, close + 30)));
}

/**
 * 《深化“放管服”改革\u3000优化营商环境》: an article whose headline is two matching phrases is cited
 * with its space. Phrases of four or more characters, within two of each other in length, and
 * not a 关于… title (where a space is a slip).
 */
function inTwoPhraseTitle(line: string, at: number): boolean {
  const open = line.lastIndexOf('《', at);
  if (open === -1 || line.lastIndexOf('》', at) > open) return false;
  const close = line.indexOf('》', at);
  if (close === -1 || line.startsWith('关于', open + 1)) return false;
  const [a, b] = [line.slice(open + 1, at), line.slice(at + 1, close)].map((part) => part.match(HAN_ALL)?.length ?? 0);
  return a! >= 4 && b! >= 4 && Math.abs(a! - b!) <= 2 && !/[ \u3000]/.test(line.slice(open + 1, at) + line.slice(at + 1, close));
}
const HAN_ALL = new RegExp(HAN, 'g');

/**
 * 中共某县纪委 某县监委关于……的通报: the issuers of a joint document, a space apart, open its title.
 */
function inJointIssuers(line: string, at: number): boolean {
  const cut = line.indexOf('关于');
  return cut > at && unitsOnly(line.slice(0, cut));
}

/**
 * One space between two Chinese words (工作 取得成效, 全面 完成). Names padded to line up (刘 芳, with a full-width space),
 * a table's or a signature's columns (two spaces, tabs) and 第一条 and its space are layout and stay.
 */
const SPACE = new RegExp(`(?<=${HAN}{2})[ \\u3000](?=${HAN}{2})`, 'g');
const ANY_SPACE = new RegExp(`${HAN}[ \\u3000]${HAN}`);

/**
 * 党建引领聚合力 乡村振兴谱新篇: a headline of two matching phrases, a space apart and with no mark,
 * is set that way on purpose. A space typed by mistake sits inside a sentence or a numbered heading.
 */
const TWO_PHRASES = new RegExp(`^[ \\u3000]*(${HAN}{4,12})[ \\u3000](${HAN}{4,12})[ \\u3000]*$`);
/**
 * Phrases of four (厉行节约 反对浪费) make a headline only where the text shows it is one: its
 * first line with more after it, or a line a ——subtitle follows. Alone, 全县上下 齐心协力 is a slip.
 */
function isTwoPhraseHeadline(line: string, first: boolean, next: string | undefined): boolean {
  const m = TWO_PHRASES.exec(line);
  if (m === null || Math.abs(m[1]!.length - m[2]!.length) > 2) return false;
  return Math.min(m[1]!.length, m[2]!.length) >= 5 || (next !== undefined && (first || next.trimStart().startsWith('——')));
}

function spaces(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!ANY_SPACE.test(text)) return hits;
  const all = lines(text);
  for (const [index, line] of all.entries()) {
    if (!ANY_SPACE.test(line.text)) continue;
    if (unitsOnly(line.text) || KEYWORDS.test(line.text) || isTwoPhraseHeadline(line.text, index === 0, all[index + 1]?.text) || /\t| {2}|\u3000.*\u3000|[\u3000 ] /.test(line.text)) continue;
    for (const m of line.text.matchAll(SPACE)) {
      const before = line.text.slice(0, m.index);
      if (AFTER_NUMBER.test(before) || inStandardTitle(line.text, m.index) || inTwoPhraseTitle(line.text, m.index) || inJointIssuers(line.text, m.index) || (UNIT_END.test(before) && NAME_AFTER.test(line.text.slice(m.index + 1)))) continue;
      hits.push({ start: line.start + m.index, end: line.start + m.index + 1, fix: '' });
    }
  }
  return hits;
}

export const TYPING_RULES: Rule[] = [
  { code: 'words.repeated', severity: 'error', clause: null, check: repeated },
  { code: 'punct.space', severity: 'warning', clause: null, check: spaces },
];
