// What a query is written in, so that the panel's words when nothing is found fit what was typed:
// Latin letters are already read as pinyin and initials (advice to type initials would repeat the
// query); Chinese can be shortened.
export type QueryScript = 'latin' | 'chinese' | 'other';

const LATIN = /^[a-z\s]+$/i;
const HAN = /\p{Script=Han}/u;

export function queryScript(query: string): QueryScript {
  if (HAN.test(query)) return 'chinese';
  return LATIN.test(query) && query.trim() !== '' ? 'latin' : 'other';
}
