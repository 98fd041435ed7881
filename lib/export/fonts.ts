// The faces GB/T 9704-2012 names, and what to write when a machine lacks them.
//
// Why a choice at export and not a fallback inside the file: a .docx run names one font per
// script (w:rFonts). The file's own fallback — w:altName in word/fontTable.xml — is written by the
// docx package only for fonts it embeds, and the GB2312 fonts and 方正小标宋 are not ours to embed;
// writing fontTable.xml by hand is what this export does not do. Left to itself, a program that
// lacks a named face substitutes whatever it likes. So the writer picks the set at export:
// - 'gb2312' (default) names the faces offices that print to the standard install: 仿宋_GB2312
//   (FangSong_GB2312), 楷体_GB2312, 黑体 and 方正小标宋简体.
// - 'common' is the fallback: the same kinds of face as every Windows since 7 has them — 仿宋
//   (FangSong), 楷体 (KaiTi), 黑体 — and for the title 宋体 in bold, the nearest to 小标宋's weight
//   that ships with Windows.
// The names are written in Chinese, as Word on a Chinese system writes them; Word and fontconfig
// find a font by its Chinese or its English family name alike.

export interface ReportFonts {
  body: string;
  title: string;
  /** 小标宋 is a heavy face; a plain 宋体 standing in for it needs bold. */
  titleBold: boolean;
  /** Level 1 一、: 黑体. */
  heading1: string;
  /** Level 2 （一）: 楷体. Levels 3 and 4 are in the body face. */
  heading2: string;
  /** GB/T 9704-2012 7.5: page numbers in 4号半角宋体. */
  pageNumber: string;
}

export const FONT_SETS = {
  gb2312: { body: '仿宋_GB2312', title: '方正小标宋简体', titleBold: false, heading1: '黑体', heading2: '楷体_GB2312', pageNumber: '宋体' },
  common: { body: '仿宋', title: '宋体', titleBold: true, heading1: '黑体', heading2: '楷体', pageNumber: '宋体' },
} as const satisfies Record<string, ReportFonts>;

export type FontSetName = keyof typeof FONT_SETS;

/** The same face for every script, so figures and Latin letters match the Chinese around them. */
export const allScripts = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
