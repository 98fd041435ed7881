// Flagging half-width punctuation typed into Chinese text (不够,亮点 / “两新"党组织 / (一)) and
// proposing the full-width mark. Figures (1,234 / 3.5 / 8:30), outline markers (1.) and English
// stay as they are: a mark is Chinese only when Chinese text is next to it. Slots ({{会议(次)}})
// are left untouched, since changing a mark there would rename the slot.

export interface PunctuationIssue {
  index: number;
  /** How many characters the fix replaces (a mark plus the spaces after it, or a run of dots). */
  length: number;
  found: string;
  replacement: string;
}

const HAN = /\p{Script=Han}/u;
// Full-width forms, CJK punctuation and curly quotes count as Chinese context too.
const CJK_MARK = /[\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2026]/;
const ASCII_ALNUM = /[A-Za-z0-9]/;
const SIMPLE: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

export function findHalfWidthPunctuation(text: string): PunctuationIssue[] {
  const issues: PunctuationIssue[] = [];
  // Spaces absorbed into one fix are never claimed by the next, so fixes never overlap.
  const push = (found: PunctuationIssue) => {
    const last = issues[issues.length - 1];
    const floor = last ? last.index + last.length : 0;
    if (found.index < floor) {
      found.length -= floor - found.index;
      found.index = floor;
      found.found = text.slice(floor, floor + found.length);
    }
    issues.push(found);
  };
  const parens = matchParentheses(text);
  const slotEnds = slotSpans(text);
  let quoteOpen = false;
  for (let i = 0; i < text.length; i++) {
    const slotEnd = slotEnds.get(i);
    if (slotEnd !== undefined) {
      i = slotEnd - 1;
      continue;
    }
    const char = text[i]!;
    if (char === '\n') quoteOpen = false;
    else if (char === '“') quoteOpen = true;
    else if (char === '”') quoteOpen = false;
    const prev = before(text, i);
    const next = after(text, i + 1);
    const chinese = isChinese(prev) || isChinese(next);
    if (char in SIMPLE) {
      if (chinese && !(ASCII_ALNUM.test(prev) && ASCII_ALNUM.test(next))) push(issue(text, i, 1, SIMPLE[char]!));
    } else if (char === '.') {
      const run = /^\.+/.exec(text.slice(i, i + 6))![0].length;
      // 等等... → ……; 工作.下一步 → 。; but 1.5, 1.标题 and www.gov.cn have no Chinese before them.
      if (isChinese(prev) && !ASCII_ALNUM.test(next)) push(issue(text, i, run, run >= 2 ? '……' : '。'));
      i += run - 1;
    } else if (char === '"') {
      if (chinese) push(issue(text, i, 1, quoteOpen ? '”' : '“'));
      quoteOpen = !quoteOpen;
    } else if (char === '(' || char === ')') {
      if (parens.get(i) ?? chinese) push(issue(text, i, 1, char === '(' ? '（' : '）'));
    }
  }
  return issues;
}

/** The text with every flagged mark replaced. */
export function fixPunctuation(text: string): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const { index, length, replacement } of findHalfWidthPunctuation(text)) {
    parts.push(text.slice(cursor, index), replacement);
    cursor = index + length;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

// Full-width marks carry their own spacing, so spaces typed around a closing mark (不多 , 主观)
// go with it; an opening mark keeps the space before it, which may separate words.
const OPENING = new Set(['（', '“']);

function issue(text: string, index: number, markLength: number, replacement: string): PunctuationIssue {
  let start = index;
  let end = index + markLength;
  if (!OPENING.has(replacement)) {
    while (text[start - 1] === ' ') start--;
    while (text[end] === ' ') end++;
  } else {
    while (text[end] === ' ') end++;
  }
  return { index: start, length: end - start, found: text.slice(start, end), replacement };
}

/** Where each {{slot}} starts, mapped to where it ends. */
function slotSpans(text: string): Map<number, number> {
  const spans = new Map<number, number>();
  for (const match of text.matchAll(/\{\{[^{}\n]*\}\}/g)) spans.set(match.index, match.index + match[0].length);
  return spans;
}

/**
 * For each paired parenthesis, whether the pair is Chinese: its content or the text around it
 * holds Chinese. A pair is converted as a whole so (1) never becomes （1).
 */
function matchParentheses(text: string): Map<number, boolean> {
  const result = new Map<number, boolean>();
  const open: number[] = [];
  const slotEnds = slotSpans(text);
  // hanUpTo[i] counts Chinese characters before i, so "does this pair hold Chinese" is one
  // subtraction and nested pairs stay linear.
  const hanUpTo = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) hanUpTo[i + 1] = hanUpTo[i]! + (HAN.test(text[i]!) ? 1 : 0);
  for (let i = 0; i < text.length; i++) {
    const slotEnd = slotEnds.get(i);
    if (slotEnd !== undefined) {
      i = slotEnd - 1;
      continue;
    }
    if (text[i] === '\n') open.length = 0;
    if (text[i] === '(') open.push(i);
    if (text[i] !== ')') continue;
    const start = open.pop();
    if (start === undefined) continue;
    const chinese = hanUpTo[i]! > hanUpTo[start + 1]! || isChinese(before(text, start)) || isChinese(after(text, i + 1));
    result.set(start, chinese);
    result.set(i, chinese);
  }
  return result;
}

function isChinese(char: string): boolean {
  return char !== '' && (HAN.test(char) || CJK_MARK.test(char));
}

/** The nearest character before `i` that is not a space. */
function before(text: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j >= 0 ? text[j]! : '';
}

function after(text: string, i: number): string {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return text[j] ?? '';
}
