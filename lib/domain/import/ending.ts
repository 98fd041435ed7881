// The lines that end a report after its last paragraph: 特此报告, the signature (落款: the unit or
// the writer) and the date. They belong to the closing, never to an advert block after them.

import { simplified } from './traditional.ts';

// A template's date is blanks: XXXX年X月X日, 20XX年X月X日; an online editor's may be full-width (２０２５年７月８日).
const DATE = /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4}|(?:19|20|\d{3})?[XxＸｘ]{1,4})\s*年\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[XxＸｘ]{1,2})\s*月(?:\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[XxＸｘ]{1,2})\s*日)?$/;
// A speech ends on 谢谢大家！ as a report ends on 特此报告。
const SIGN_OFF = /^(?:特此(?:报告|汇报|说明|请示|函告|通知)|谢谢(?:大家|各位)?)[。.！!]?$/;
// A bulletin's distribution block (版记): 报：… 送：… 发：…, 抄送：…, （共印60份）, …2025年6月20日印发 (the
// office and the date with or without spaces between, the date in any of the 成文日期's numerals).
// A 附注 under the 成文日期 (（此件公开发布）, （联系人：周某，联系电话：…）) ends the document as a 版记 does.
const DISTRIBUTION = /^(?:报|送|发|抄送|抄报|分送|主送|报送|印送)\s*[:：]\s*\S|^[（(]?\s*共印\s*[0-9０-９]+\s*份\s*[)）]?$|^(?:\S{2,20}?[ \u3000]*)?(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*印发$|^[（(]\s*(?:此件|本件)[\p{Script=Han}]{2,10}\s*[)）]$|^[（(]\s*(?:联系人|联系电话|联系方式)\s*[:：][^（）()]{1,60}[)）]$/u;
// A 述职's 落款 may be the writer's post and name on lines of their own (县农业农村局副局长 / 张某某),
// or both on one line a space apart.
const POST = /^[\p{Script=Han}（）()XxＸｘ×、]{2,24}(?:局长|书记|主任|科长|部长|镇长|乡长|县长|区长|市长|院长|校长|所长|站长|队长|馆长|经理|主席|组长|处长|厅长|社长|行长|董事长|委员|干事|科员)(?:[ \u3000]+[\p{Script=Han}×Ｘ]{2,4})?$/u;
// A person's name alone: two to four characters, 某 and × for a template's blank.
const NAME = /^[\p{Script=Han}][\p{Script=Han}×Ｘ]{1,3}$/u;

/** A writer's name alone on its line, when the line after it is the post, another 落款 line or the date. */
export function isSignerName(text: string, next: string | undefined): boolean {
  if (next === undefined || !NAME.test(text.trim())) return false;
  const after = simplified(next.trim());
  return POST.test(after) || isDate(after) || SIGNER.test(after);
}

// 述职人：张三, 汇报人：XXX.
const SIGNER = /^(?:述职人|述责述廉人|述廉人|汇报人|报告人|发言人|单位|署名)\s*[:：]\s*\S{1,20}$/;
// A unit's name: short, no sentence punctuation, ending as an organisation's name does.
// A template's 落款 leaves the unit's name blank: ××镇人民政府.
const UNIT = /^[\p{Script=Han}（）()XxＸｘ×]{2,16}(?:局|委|委员会|组|办|办公室|院|会|部|厅|室|处|所|站|中心|公司|党组|党委|党支部|支部|政府|街道|社区|村|镇|乡|学校|医院|队|团|馆|集团)$/u;

// The body's list of attachments: 附件：1.…情况表, then 2.…, 3.… one a line. Its items are lines of
// the list, never headings numbered 1. 2. 3.; before the 落款 it is part of the ending.
// 附件： alone on its line opens it too, its items 1. 2. on the lines below.
const ATTACHMENT_LIST_START = /^(?:附件|附表)\s*[:：]\s*(?:([1１])\s*[.．、]|$)/;
const LIST_ITEM = /^([0-9０-９]{1,2})\s*[.．、]\s*\S/;
const LIST_MAX = 20;
const LIST_ITEM_MAX_LENGTH = 60;

/** The number of the list's item on the next line after `text`, when `text` opens the list of attachments (附件：1.…, or 附件： alone); else null. */
export function attachmentListNext(text: string): number | null {
  const match = ATTACHMENT_LIST_START.exec(text.trim());
  return match ? (match[1] ? 2 : 1) : null;
}

/** The number of an item of a list of attachments (2.…情况表), null for a line that is none. */
export function attachmentListItem(text: string): number | null {
  const line = text.trim();
  const match = LIST_ITEM.exec(line);
  if (!match || line.length > LIST_ITEM_MAX_LENGTH || /[。；;！？!?]/.test(line)) return null;
  return Number(match[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** Where the list of attachments that ends just before `end` starts, or -1. */
function attachmentListBefore(paragraphs: readonly string[], end: number): number {
  for (let k = end - 1; k >= Math.max(0, end - LIST_MAX); k--) {
    const first = attachmentListNext(paragraphs[k]!);
    if (first !== null) {
      const numbered = paragraphs.slice(k + 1, end).every((line, j) => attachmentListItem(line) === j + first);
      // 附件： alone heads a list only with an item under it.
      return numbered && (first === 2 || end > k + 1) ? k : -1;
    }
    if (attachmentListItem(paragraphs[k]!) === null) return -1;
  }
  return -1;
}

// A 成文日期 typed with dots, slashes or hyphens (2024/11/29, 2025.3.1, 2025-03-01), as a date stamp
// or a spreadsheet writes it.
const NUMERIC_DATE = /^[0-9０-９]{4}\s*([./／．\-－])\s*[0-9０-９]{1,2}\s*\1\s*[0-9０-９]{1,2}$/;

export function isDate(text: string): boolean {
  const line = text.trim();
  return DATE.test(line) || NUMERIC_DATE.test(line);
}

export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(simplified(text.trim()));
}

/** A line of a bulletin's distribution block (报：… 送：… （共印60份）), which ends the document. */
export function isDistribution(text: string): boolean {
  return DISTRIBUTION.test(simplified(text.trim()));
}

/** A signature line or a date, as the ending of a report writes them. */
export function isSignatureOrDate(text: string): boolean {
  const line = simplified(text.trim());
  return isDate(line) || SIGNER.test(line) || POST.test(line) || UNIT.test(line) || DISTRIBUTION.test(line) || isJointSignature(line);
}

// Units that issue a document together sign side by side on one line, spaces between them.
const SIGNATURE_GAP = /[ \u3000]{2,}/;
const MAX_JOINT_UNITS = 4;

function isJointSignature(line: string): boolean {
  const units = line.split(SIGNATURE_GAP);
  return units.length > 1 && units.length <= MAX_JOINT_UNITS && units.every((unit) => UNIT.test(unit));
}

/**
 * Where the ending starts: the trailing run of sign-off, signature and date lines, when it holds a
 * date or a sign-off (a lone unit name at the end could be a heading). paragraphs.length if none.
 */
export function endingStart(paragraphs: readonly string[]): number {
  let start = paragraphs.length;
  let anchored = false;
  while (start > 0) {
    const line = paragraphs[start - 1]!;
    if (isDate(line) || isSignOff(line) || isDistribution(line)) anchored = true;
    else if (!isSignatureOrDate(line) && !isSignerName(line, paragraphs[start])) {
      // The list of attachments right above the 落款 goes with it.
      const list = attachmentListBefore(paragraphs, start);
      if (list < 0 || start === paragraphs.length) break;
      start = list;
      continue;
    }
    start--;
  }
  // A signature with no date (市教育局调研组) as the very last line, after a paragraph that ends: a
  // heading there would head nothing.
  if (!anchored && start > 0 && start === paragraphs.length - 1 && SENTENCE_DONE.test(paragraphs[start - 1]!.trim())) anchored = true;
  return anchored ? start : paragraphs.length;
}

const SENTENCE_DONE = /[。！？!?）)]$/;
