// The outline marker of an imported line, with the cases where a line only starts like a heading:
// 一、二季度 / 一、二级应急响应 / 一、二类风险 are numerals listed with 、 before a measure word, so
// the line is prose. 第一部分 … heads a part above the 一、 sections.
import { parseChineseNumeral, parseMarker, type ParsedMarker } from '../outline/index.ts';

const HAN_DIGIT = '[一二三四五六七八九十]';
// 一、二季度, 一、二、三级, 三、四批次 — a list of numerals ending in a measure word.
const NUMERAL_LIST = new RegExp(`^${HAN_DIGIT}、(?:${HAN_DIGIT}、)*${HAN_DIGIT}(?:季度|级|类|档|批|等|期|轮|线|产业|年级|星|甲|号|区|梯队|阶段|次|个|项|种|名|期)`);
// A report's title names its kind (…工作总结, …情况的报告, …的通知).
export const TITLE_KIND = /(?:总结|报告|汇报|材料|讲话|发言|方案|计划|要点|意见|通知|情况|纪要|简报|综述|体会|做法|分析|请示|决定|办法|规定|细则)$/;
// A 规划 or an 办法 is in chapters (第一章 总则) as a long report is in parts: the same level.
const PART = /^第([一二三四五六七八九十]+)(?:部分|章|篇)\s*[、：:．.]?\s*/;
// 第一节 under a chapter numbers its sections as 一、 numbers a part's: the first level of the outline.
const SECTION = /^第([一二三四五六七八九十]+)节(?:\s*[、：:．.]\s*|[ \u3000]+)(?=\S)/;

// Cells of a table row pasted from Excel or WPS (一、产业项目→58→41.2): a tab, or two gaps of spaces.
const CELL_GAP = /\t| {2,}|\u3000{2,}/g;

/** The marker as the outline reads it; null for a line that only starts like one. */
export function importMarker(text: string): ParsedMarker | null {
  if (NUMERAL_LIST.test(text.trimStart())) return null;
  const section = SECTION.exec(text.trimStart());
  if (section) {
    const number = parseChineseNumeral(section[1]!) ?? 1;
    return { style: 'han', level: 1, number, markerText: section[0], indent: /^\s*/.exec(text)![0], rest: text.trimStart().slice(section[0].length).trim() };
  }
  const marker = parseMarker(text);
  // A table row whose first cell is numbered is a row, not a heading (一、\t主要工作 is a heading:
  // Word's numbering puts a tab after the number).
  if (marker && isTableRow(marker.rest.trim())) return null;
  return marker;
}

// A cell that holds a figure (58, 41.2, 108.5%, -15.4%, 1,236户).
const FIGURE_CELL = /^[-+]?\d[\d,.]*\s*(?:[%‰]|\p{Script=Han}{1,2})?$/u;

/** Cells apart by a tab, or three or more cells apart by wide gaps with a figure among them. */
function isTableRow(rest: string): boolean {
  if (rest.includes('\t')) return true;
  if ((rest.match(CELL_GAP)?.length ?? 0) < 2) return false;
  return rest.split(CELL_GAP).some((cell) => FIGURE_CELL.test(cell.trim()));
}

/** 第二部分 存在的问题 → { number: 2, rest: '存在的问题' }; null for any other line. */
export function partHeading(text: string): { number: number; marker: string; rest: string } | null {
  const match = PART.exec(text.trim());
  if (!match) return null;
  const number = parseChineseNumeral(match[1]!) ?? 1;
  return { number, marker: match[0].trim(), rest: text.trim().slice(match[0].length).trim() };
}

// ——在全县经验交流会上的发言; （2024年12月26日）; 县住房和城乡建设局副局长  张某某; 县委副书记、县长 王某某
// (posts listed with 、).
const SUBTITLE = /^(?:——|—|－－|--)\s*\S/;
const BRACKETED_DATE = /^[（(]\s*(?:\d{4}|[０-９]{4}|[〇零一二三四五六七八九]{4})\s*年[^（）()]{1,12}[)）]$/;
const BYLINE = /^[\p{Script=Han}（）()XxＸｘ×、]{2,24}[ \u3000]+[\p{Script=Han}XxＸｘ×]{2,4}$/u;
// A bulletin's masthead under its name (工作动态): the issue (第15期, 2025年第3期（总第128期）) and
// who issued it when (县委办公室编印  2025年6月20日).
const ISSUE = /^(?:\d{4}\s*年\s*)?第\s*[0-9０-９一二三四五六七八九十]{1,4}\s*期(?:\s*[（(]\s*总第\s*[0-9０-９]{1,5}\s*期\s*[)）])?$/;
const MASTHEAD = /^[\p{Script=Han}（）()XxＸｘ×]{2,20}(?:编印|编发|编|主办|印发)[ \u3000]+(?:\d{4}|[０-９]{4})\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日$/u;
const TITLE_BLOCK_MAX_LENGTH = 40;

/** A line that goes with the title above it: a subtitle, the speaker or writer, the date in brackets. */
export function isTitleBlockLine(text: string): boolean {
  const line = text.trim();
  if (line.length > TITLE_BLOCK_MAX_LENGTH || /[。；;！？!?]/.test(line)) return false;
  return SUBTITLE.test(line) || BRACKETED_DATE.test(line) || BYLINE.test(line) || ISSUE.test(line) || MASTHEAD.test(line);
}

// 附件1 / 附件 2： / 附件二 / 附表 alone on a line, or with the attachment's title after it (附件1：…情况表).
// 附件：1.…情况表 is the list of attachments in the body, not one of them.
const ATTACHMENT = /^(附件|附表)\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[:：]\s*)?(.*)$/;

/** 附件1 → { marker: '附件1', number: 1, title: '' }; null for any other line. */
export function attachmentHeading(text: string): { marker: string; number: number; title: string } | null {
  const match = ATTACHMENT.exec(text.trim());
  if (!match) return null;
  const title = match[3]!.trim();
  if (title !== '' && (title.length > TITLE_BLOCK_MAX_LENGTH || /^[0-9０-９]+\s*[.．、]|[。；;！？!?，,]/.test(title))) return null;
  const digits = match[2] ?? '';
  const number = digits === '' ? 1 : /[0-9０-９]/.test(digits) ? Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : (parseChineseNumeral(digits) ?? 1);
  return { marker: text.trim().slice(0, text.trim().length - title.length).replace(/[:：\s]+$/, ''), number, title };
}
