// Removing advertising, watermark and page furniture lines from an imported report, and saying
// why each went, so the import preview can show them and the writer can take one back.
//
// Only what is noise with high confidence is removed: page numbers, decoration, lines with a
// seller's markers (QQ/微信 numbers, 仅供学习, 下载, 文库, 整理 …), and running headers — short lines
// repeated beside a page number or an advert. A line that only looks like noise (a sentence citing
// a web address, a short line repeated in a 整改台账) stays in the report, marked as doubtful for
// the preview. Losing a real line is worse than keeping a stray one: the writer sees the stray one.
import { isSignatureOrDate } from './ending.ts';
import { splitLines, type SourceLine } from './lines.ts';
import { importMarker, TITLE_KIND } from './markers.ts';
import { AD_MARKERS, KEYWORD_MAX_LENGTH, KEYWORD_RULES, STRONG_RULES, type NoiseReason } from './noise-rules.ts';
import { stripEmoji } from './emoji.ts';
import { markdownStripper } from './markdown.ts';
import { stripScrapeJunk } from './scrape-junk.ts';
import { isClosingPunctuation } from './wrapped.ts';

export interface RemovedLine extends SourceLine {
  reason: NoiseReason;
}

export interface KeptLine extends SourceLine {
  /** Set when the line looks like noise without certainty: kept, and shown to the writer. */
  doubt?: NoiseReason;
}

export interface NoiseResult {
  /** Report lines in order. Blank lines are in neither list: they carry no structure here. */
  kept: KeptLine[];
  removed: RemovedLine[];
}

interface Verdict {
  reason: NoiseReason;
  sure: boolean;
}

// A running header or footer is short and is not a sentence; a report line repeated word for word
// is usually long or numbered.
const REPEATED_MAX_LENGTH = 30;
// …but a long title repeated as the running header of every page (县农业农村局关于…情况的报告) is
// one too, when it stands beside the page's number and holds no clause.
const RUNNING_TITLE_MAX_LENGTH = 60;
const CLAUSE = /[。！？，,；;：:、]/;
// Prose that marks where the report itself ends; ads come after it.
const SUBSTANTIVE_LENGTH = 40;
// Page furniture and seller's stamps: a short line beside one of these that repeats is one too.
const FURNITURE: ReadonlySet<NoiseReason> = new Set(['page-number', 'decoration']);
// A line that is mostly an address (a URL with a few words around it) is an advert.
const WORDS_BESIDE_URL = 8;
const GOVERNMENT_SITE = /\.gov\.cn|政府网|政务服务|人民政府/;
// 整改措施：, 责任领导：局党组书记 — a field label of a 台账 repeats on purpose.
const FIELD_LABEL = /^[\p{Script=Han}]{2,8}\s*[:：]/u;

export function stripNoise(text: string): NoiseResult {
  const source = splitLines(text);
  const unmark = markdownStripper(source.map((line) => line.text));
  const lines = source
    .map((line) => ({ lineNo: line.lineNo, text: stripEmoji(stripScrapeJunk(unmark(line.text))), raw: line.text }))
    .filter((line) => line.raw !== '');
  const numbered = lines.map((line) => isNumberedHeading(line.text));
  const verdicts: (Verdict | null)[] = lines.map((line, i) =>
    line.text === '' ? { reason: 'junk', sure: true } : lineVerdict(line.text, numbered[i]!),
  );
  // A headline listed in the contents is not repeated by a running header: counted without them.
  markContents(lines, verdicts);
  const counts = countRepeats(lines.filter((_, i) => verdicts[i]?.reason !== 'contents'));
  markRepeats(lines, counts, verdicts);
  markTrailingAds(lines, numbered, verdicts);
  const kept: KeptLine[] = [];
  const removed: RemovedLine[] = [];
  lines.forEach((line, i) => {
    const verdict = verdicts[i];
    if (verdict?.sure) removed.push({ lineNo: line.lineNo, text: line.raw, reason: verdict.reason });
    else if (verdict) kept.push({ lineNo: line.lineNo, text: line.text, doubt: verdict.reason });
    else kept.push({ lineNo: line.lineNo, text: line.text });
  });
  return { kept, removed };
}

// A notice's own contact lines (联系人：… 联系电话：0571-…，139…, 报送至邮箱…): the office to call,
// not a seller — unless a seller's words stand beside the number.
const CONTACT_FIELD = /^(?:联系人|联系电话|联系方式|联系单位|办公电话|值班电话|电话|手机|传真|邮箱|电子邮箱|电子信箱|E-?mail)\s*[:：]/i;
const CONTACT_WORD = /(?:邮箱|信箱|电话|手机|传真|联系人?|联系方式)\s*[:：为是至]?\s*$/;
const SELLER = /购买|代写|定制|客服|售后|原创范文|加我/;

/**
 * A contact in a report's own words — the line names what it is, and nothing sells — is kept: in a
 * sentence (报送至邮箱…) for sure, on a line of its own (联系电话：…) marked for a second look.
 * Undefined when the contact is no such thing.
 */
function ownContact(text: string, pattern: RegExp, short: boolean): Verdict | null | undefined {
  if (AD_MARKERS.test(text) || SELLER.test(text)) return undefined;
  const at = pattern.exec(text)?.index ?? 0;
  if (!CONTACT_FIELD.test(text) && !CONTACT_WORD.test(text.slice(Math.max(0, at - 8), at))) return undefined;
  return short && text.length <= CONTACT_LINE_LENGTH && !/[。；;]/.test(text) ? { reason: 'contact', sure: false } : null;
}
const CONTACT_LINE_LENGTH = 40;

function lineVerdict(text: string, numbered: boolean): Verdict | null {
  // The full stop a PDF copy wrapped onto a line of its own ends the sentence above: text.
  if (isClosingPunctuation(text)) return null;
  const short = !numbered && text.length <= KEYWORD_MAX_LENGTH;
  const advertised = short && AD_MARKERS.test(text);
  for (const [reason, pattern] of STRONG_RULES) {
    if (!pattern.test(text)) continue;
    // Its e-mail's domain (163.com) is no advertised site either.
    const own = reason === 'contact' ? ownContact(text, pattern, short) : undefined;
    if (own !== undefined) return own;
    if (reason !== 'site' && reason !== 'contact') return { reason, sure: true };
    if (reason === 'site') return siteVerdict(text, advertised);
    // A QQ number or an e-mail in a short line is a seller's; in a long paragraph, perhaps a hotline.
    return { reason, sure: short };
  }
  if (!short) return null;
  for (const [reason, pattern] of KEYWORD_RULES) {
    if (!pattern.test(text)) continue;
    // Tidying files is work a report tells of; another rule may still know the line.
    if (reason === 'compiled-by') {
      const verdict = compilerVerdict(text);
      if (verdict) return verdict;
      continue;
    }
    return { reason, sure: true };
  }
  return null;
}

// 开展档案集中整理, 完成资料整理，…: work done, not a compiler signing the document.
const WORK_BEFORE_TIDYING = /开展|进行|组织|完成|集中|全面|认真|加强|做好|抓好|及时|分类|归档|档案|资料|材料|台账|数据|卷宗|清理|收集|汇总|信息/;
const SIGNATURE_MAX_LENGTH = 16;

/** 笔杆子整理 / 【公文小助手整理】 is a signature; a sentence about tidying files is report text. */
function compilerVerdict(text: string): Verdict | null {
  const before = /^(.*?)(?:收集|搜集|编辑)?整理/.exec(text)?.[1] ?? '';
  if (WORK_BEFORE_TIDYING.test(before)) return null;
  return { reason: 'compiled-by', sure: text.length <= SIGNATURE_MAX_LENGTH || AD_MARKERS.test(text) };
}

function siteVerdict(text: string, advertised: boolean): Verdict | null {
  const words = text.replace(/https?:\/\/\S+|www\.\S+|[\w.-]+\.(?:com|cn|net|org|cc|top|vip)\b/gi, '').replace(/[^\p{Script=Han}]/gu, '');
  if (words.length < WORDS_BESIDE_URL) return { reason: 'site', sure: true };
  // A sentence that cites a government site is report text; another address in a sentence is an
  // advert when a seller's words are beside it, and doubtful otherwise.
  if (GOVERNMENT_SITE.test(text)) return null;
  return { reason: 'site', sure: advertised };
}

/**
 * A short line that repeats is a running header or a seller's stamp when it stands beside a page
 * number or an advert; its first occurrence as the report's first line is the title and stays
 * (unless it is itself wedged between adverts: a seller's stamp).
 * Elsewhere a repeat is doubtful, unless it is a field label (整改措施：) that a 台账 repeats.
 */
function markRepeats(lines: readonly { text: string }[], counts: ReadonlyMap<string, number>, verdicts: (Verdict | null)[]): void {
  const besideNoise = (i: number) => [verdicts[i - 1], verdicts[i + 1]].some((v) => v?.sure && v.reason !== 'repeated');
  const first = verdicts.findIndex((v) => !v?.sure);
  // After the last paragraph, a date or a 落款 right under the line above it (述职人：… / 2024年12月)
  // is the report's own, even when a footer prints the same words on every page.
  const lastProse = lines.findLastIndex((line, i) => verdicts[i] === null && isProse(line.text));
  const ownEnding = (i: number) => i > lastProse && i > 0 && !verdicts[i - 1]?.sure && isSignatureOrDate(lines[i]!.text);
  lines.forEach((line, i) => {
    if (verdicts[i] || (counts.get(repeatKey(line.text)) ?? 0) < 2 || ownEnding(i)) return;
    if (/[。！？]/.test(line.text) || isNumberedHeading(line.text)) return;
    if (line.text.length > REPEATED_MAX_LENGTH) {
      if (i !== first && line.text.length <= RUNNING_TITLE_MAX_LENGTH && !CLAUSE.test(line.text) && besideNoise(i)) verdicts[i] = { reason: 'repeated', sure: true };
      return;
    }
    // The same short line twice in a row (a page's header above the title it repeats): one is enough.
    if (i > 0 && repeatKey(lines[i - 1]!.text) === repeatKey(line.text) && !verdicts[i - 1]?.sure && !FIELD_LABEL.test(line.text)) {
      verdicts[i] = { reason: 'repeated', sure: true };
      return;
    }
    // The first real line is the title; its repeats further down are the running header — unless
    // the title follows it (县应急管理局工作材料 above 县应急管理局2024年安全生产工作总结).
    const headerAboveTitle = i === first && titleFollows(lines, counts, i);
    if (i === first && !besideNoise(i) && !headerAboveTitle) return;
    if (besideNoise(i) || headerAboveTitle) verdicts[i] = { reason: 'repeated', sure: true };
    else if (!FIELD_LABEL.test(line.text)) verdicts[i] = { reason: 'repeated', sure: false };
  });
}

/**
 * Sellers append a block of pitches after the report. Once the last real paragraph is past and an
 * advert has appeared, the short lines that follow are part of that block even when no single one
 * of them is recognisable (自建平台、实时分享) — except a signature or a date, which stay.
 */
function markTrailingAds(lines: readonly { text: string }[], numbered: readonly boolean[], verdicts: (Verdict | null)[]): void {
  let lastProse = -1;
  lines.forEach((line, i) => {
    if (verdicts[i] === null && (numbered[i] || isProse(line.text))) lastProse = i;
  });
  const firstAd = verdicts.findIndex((v, i) => i > lastProse && v?.sure && !FURNITURE.has(v.reason) && v.reason !== 'repeated');
  if (firstAd < 0) return;
  for (let i = firstAd + 1; i < lines.length; i++) {
    if (verdicts[i] || isSignatureOrDate(lines[i]!.text)) continue;
    verdicts[i] = { reason: 'trailing-ad', sure: true };
  }
}

// A bulletin's table of contents (本期要目 / 目录) lists headlines that follow in full; its items may
// carry a bullet (★ ●) and a page number.
const CONTENTS_HEADING = /^(?:本期要目|本期目录|本期导读|本期内容|要目|目录|目\s*录)\s*[:：]?$/;
const CONTENTS_BULLET = /^[★☆●○◆◇■□▲△►▶·•・\-—\s]+/;
const CONTENTS_PAGE = /[\s.…·]*\d{0,3}$/;

/**
 * The contents and its items: each item is a line that comes back later, word for word, as a
 * heading. Only items that do are taken; a contents line with no such item stays.
 */
function markContents(lines: readonly { text: string }[], verdicts: (Verdict | null)[]): void {
  lines.forEach((line, i) => {
    if (verdicts[i] || !CONTENTS_HEADING.test(line.text)) return;
    let j = i + 1;
    const items: number[] = [];
    for (; j < lines.length; j++) {
      if (verdicts[j]?.sure) continue;
      const key = repeatKey(lines[j]!.text.replace(CONTENTS_BULLET, '').replace(CONTENTS_PAGE, ''));
      if (key === '' || !lines.slice(j + 1).some((other) => repeatKey(other.text) === key)) break;
      items.push(j);
    }
    if (items.length === 0) return;
    verdicts[i] = { reason: 'contents', sure: true };
    for (const k of items) verdicts[k] = { reason: 'contents', sure: true };
  });
}

/** The line after the first is the report's title, and the first only a running header above it. */
function titleFollows(lines: readonly { text: string }[], counts: ReadonlyMap<string, number>, first: number): boolean {
  const next = lines[first + 1]?.text ?? '';
  if ((counts.get(repeatKey(next)) ?? 0) > 1) return false;
  return TITLE_KIND.test(next) && next.length <= 40 && !/^[—－\-（(]|[。，,；;！？!?]|\s/.test(next) && importMarker(next) === null && !isSignatureOrDate(next);
}

// Cells apart (地址：…  邮编：…): a page's footer or a table row, not a paragraph.
const COLUMNS = /\t| {2,}|\u3000{2,}/;

function isProse(text: string): boolean {
  return /[。；]/.test(text) || (text.length >= SUBSTANTIVE_LENGTH && !COLUMNS.test(text));
}

function isNumberedHeading(text: string): boolean {
  const marker = importMarker(text);
  return marker !== null && marker.level !== null;
}

function countRepeats(lines: readonly { text: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text } of lines) counts.set(repeatKey(text), (counts.get(repeatKey(text)) ?? 0) + 1);
  return counts;
}

function repeatKey(text: string): string {
  return text.replace(/\s+/g, '');
}
