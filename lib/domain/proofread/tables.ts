// A table's 合计 row (a table reaches the text as lines of tab-separated cells, or of cells typed
// a few spaces apart): in each column of amounts, the 合计 equals the sum of the rows above it (or of its 小计 rows). Columns of rates,
// shares, changes and ranks (完成率, 占比, 同比增长, 排名) are not added up and are left alone.
import { lines } from './chars.ts';
import type { Hit, Rule } from './types.ts';

const TOTAL_ROW = /^(?:合[ \u3000]*计|总[ \u3000]*计)$/;
const SUBTOTAL_ROW = /^小[ \u3000]*计$/;
const NOT_ADDED = /[%％‰率比均]|增长|增幅|增速|增减|下降|降幅|排名|名次|排序|位次|序号|编号|代码|年份|日期|时间|电话|单价|价格|标准|得分|分值|评分/;
const AMOUNT = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;

interface Row {
  start: number;
  cells: { text: string; start: number }[];
  kind: 'header' | 'data' | 'subtotal' | 'total';
}

/**
 * Cells are split by tabs, or, in a table typed with the space bar, by runs of two or more spaces
 * (a name padded with one full-width space stays one cell, and so does 合 计 spaced out).
 */
const SPACE_GAP = /(?<![合小总])[ \u3000]{2,}|(?<=[合小总])[ \u3000]{2,}(?!计)/g;

function cellsOf(line: { start: number; text: string }): Row['cells'] {
  const cells: Row['cells'] = [];
  let at = 0;
  const push = (to: number) => {
    const text = line.text.slice(at, to);
    if (text.trim() !== '' || line.text.includes('\t')) cells.push({ text: text.trim(), start: line.start + at + (text.length - text.trimStart().length) });
  };
  for (const m of line.text.matchAll(line.text.includes('\t') ? /\t/g : SPACE_GAP)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(line.text.length);
  return cells;
}

/** A row of a table: a line with a tab, or one of three or more cells a run of spaces apart. */
function isRow(line: { start: number; text: string }): boolean {
  return line.text.includes('\t') || cellsOf(line).length >= 3;
}

function rowOf(line: { start: number; text: string }): Row {
  const cells = cellsOf(line);
  const label = cells.slice(0, 2).map((c) => c.text);
  const kind = label.some((l) => TOTAL_ROW.test(l)) ? 'total' : label.some((l) => SUBTOTAL_ROW.test(l)) ? 'subtotal' : 'data';
  return { start: line.start, cells, kind };
}

const decimals = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);
const amount = (text: string) => Number(text.replaceAll(',', ''));

/** The rows a total adds up: the 小计 rows if there are any, else the data rows. */
function checkColumn(rows: readonly Row[], column: number, hits: Hit[]) {
  let data: Row[] = [];
  let subtotals: Row[] = [];
  for (const row of rows) {
    if (row.kind === 'data') data.push(row);
    else {
      const parts = row.kind === 'total' && subtotals.length > 0 ? subtotals : data;
      const cell = row.cells[column];
      const texts = parts.map((p) => p.cells[column]?.text ?? '');
      if (cell && AMOUNT.test(cell.text) && parts.length >= 2 && texts.every((t) => AMOUNT.test(t))) {
        const places = Math.max(decimals(cell.text), ...texts.map(decimals));
        const sum = texts.reduce((s, t) => s + amount(t), 0);
        // Figures rounded to their last place may be off by half of it each.
        const slack = places === 0 ? 1e-9 : (parts.length * 0.5 + 0.01) * 10 ** -places;
        if (Math.abs(sum - amount(cell.text)) > slack) hits.push({ start: cell.start, end: cell.start + cell.text.length });
      }
      if (row.kind === 'subtotal') {
        subtotals.push(row);
        data = [];
      } else {
        data = [];
        subtotals = [];
      }
    }
  }
}

function tableTotals(text: string): Hit[] {
  const hits: Hit[] = [];
  const tables: Row[][] = [];
  let current: Row[] = [];
  for (const line of lines(text)) {
    if (isRow(line)) current.push(rowOf(line));
    else if (current.length > 0) {
      tables.push(current);
      current = [];
    }
  }
  if (current.length > 0) tables.push(current);
  for (const table of tables) {
    if (!table.some((r) => r.kind === 'total' || r.kind === 'subtotal')) continue;
    // The header is the rows before the first one with an amount in it.
    const firstData = table.findIndex((r) => r.cells.slice(1).some((c) => AMOUNT.test(c.text)));
    if (firstData === -1) continue;
    const header = table.slice(0, firstData);
    // Statistical tables often put the 合计 row first, above its parts.
    const rows = table.slice(firstData);
    const body = rows[0]!.kind === 'total' ? [...rows.slice(1), rows[0]!] : rows;
    const width = Math.max(...body.map((r) => r.cells.length));
    for (let column = 1; column < width; column++) {
      const title = header.map((r) => r.cells[column]?.text ?? '').join('');
      if (NOT_ADDED.test(title)) continue;
      checkColumn(body, column, hits);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const TABLE_RULES: Rule[] = [{ code: 'consistency.table_total', severity: 'warning', clause: null, check: tableTotals }];
