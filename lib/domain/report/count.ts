// 字数 as a 公文 writer counts it: the figure Word's and WPS's 字数统计 show, which is what a
// limit such as "不超过3000字" is checked against. The rule:
// - each Chinese character counts one, and so does each full-width mark (，。、；：？！“”‘’（）【】《》—…·),
//   a full-width letter or digit, and a circled number;
// - a run of half-width letters and digits, with the marks inside it, counts one, as a word does:
//   2025 is one, 12.5% is one, 1,234.5 is one, GDP is one — so 2025年 counts two;
// - spaces, tabs and line breaks count nothing;
// - a slot still unfilled (【发展党员】) counts one, as the figure that will stand there will.
// Which text is counted — the body, not the title, 落款 or date — is the caller's choice (render.ts).

const WIDE = /[\p{Script=Han}\u3001-\u303f\uff01-\uff60\uffe0-\uffe6\u2010-\u2027\u00b7\u2460-\u24ff\u3200-\u32ff]/u;
const SPACE = /[\s\u3000]/u;

/** The 字数 of one piece of text; `unfilled` names the slots whose 【名称】 markers stand in it. */
export function countWords(text: string, unfilled: readonly string[] = []): number {
  let rest = text;
  let count = 0;
  for (const name of unfilled) {
    const marker = `【${name}】`;
    const parts = rest.split(marker);
    count += parts.length - 1;
    rest = parts.join(' ');
  }
  let inWord = false;
  for (const char of rest) {
    if (SPACE.test(char)) {
      inWord = false;
    } else if (WIDE.test(char)) {
      count++;
      inWord = false;
    } else if (!inWord) {
      count++;
      inWord = true;
    }
  }
  return count;
}
