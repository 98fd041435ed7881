// Text this extension writes into the writer's own library when it takes something in: document
// data, like the snippets it lands beside, so it is Chinese whatever language the panel speaks.

/** The note on a value taken from the figures of an imported report. */
export const IMPORTED_VALUE_NOTE = '导入时原文中的数字';

/** The suffix of a pack's snippet renamed beside a same-titled one: 标题（导入）, 标题（导入2）… */
export function importedTitleSuffix(n: number): string {
  return n === 1 ? '（导入）' : `（导入${n}）`;
}
