// The outlines a new report can start from. Their headings are document text, written for this
// project: short and generic, for the writer to make specific. Each is only a start — every
// heading can be renamed, moved or removed like any other.
import { formatPeriodKey, periodLabel, type Period } from '../period.ts';
import type { Report, ReportAuthor, ReportPart } from './schema.ts';

export const OUTLINE_KINDS = ['duty', 'annual', 'halfYear', 'rectification', 'research'] as const;
export type OutlineKind = (typeof OUTLINE_KINDS)[number];

/** A heading and the headings under it. */
export type OutlineSketch = readonly [heading: string, children?: readonly OutlineSketch[]];

export interface BuiltInOutline {
  kind: OutlineKind;
  /** The kind of report, as the writer knows it. */
  name: string;
  title(period: Period): string;
  parts: readonly OutlineSketch[];
  /** The 落款 a report of this kind usually carries. */
  signature(author: ReportAuthor): string[];
}

const byUnit = (author: ReportAuthor) => [author.unit];

export const BUILT_IN_OUTLINES: Record<OutlineKind, BuiltInOutline> = {
  duty: {
    kind: 'duty',
    name: '述职报告',
    title: (p) => (p.granularity === 'year' ? `${p.year}年度述职报告` : `${periodLabel(p)}述职报告`),
    parts: [
      ['履职尽责情况', [['加强学习，提升能力'], ['围绕中心，推动工作'], ['严于律己，廉洁自守']]],
      ['存在的不足'],
      ['今后努力方向'],
    ],
    signature: (author) => [author.name],
  },
  annual: {
    kind: 'annual',
    name: '年度工作总结',
    title: (p) => `${p.year}年工作总结`,
    parts: [['全年工作完成情况', [['重点任务推进'], ['日常工作开展']]], ['主要做法和体会'], ['存在的问题'], ['下一年度工作打算']],
    signature: byUnit,
  },
  halfYear: {
    kind: 'halfYear',
    name: '半年工作总结',
    title: (p) => (p.granularity === 'half' ? `${periodLabel(p)}工作总结` : `${p.year}年上半年工作总结`),
    parts: [['上半年工作进展'], ['存在的困难和问题'], ['下半年工作安排']],
    signature: byUnit,
  },
  rectification: {
    kind: 'rectification',
    name: '整改落实情况报告',
    title: () => '关于整改落实情况的报告',
    parts: [['整改工作组织情况'], ['问题整改进展', [['已完成整改的问题'], ['正在推进的问题']]], ['整改取得的成效'], ['下一步措施']],
    signature: byUnit,
  },
  research: {
    kind: 'research',
    name: '调研报告',
    title: () => '调研报告',
    parts: [['调研基本情况'], ['现状和成效'], ['存在的主要问题'], ['原因分析'], ['对策建议']],
    signature: byUnit,
  },
};

export interface NewReport {
  id: string;
  /** Makes an id for each part (the domain has no random source of its own). */
  newId: () => string;
  period: Period;
  author: ReportAuthor;
  now: number;
}

/** A new report laid out by a built-in outline: its title, headings and 落款, nothing in it yet. */
export function reportFromOutline(kind: OutlineKind, { id, newId, period, author, now }: NewReport): Report {
  const outline = BUILT_IN_OUTLINES[kind];
  const parts = (sketches: readonly OutlineSketch[]): ReportPart[] =>
    sketches.map(([heading, children = []]) => ({ id: newId(), heading, blocks: [], children: parts(children) }));
  return {
    id,
    title: outline.title(period),
    period: formatPeriodKey(period),
    author,
    opening: [],
    parts: parts(outline.parts),
    closing: [],
    signature: outline.signature(author).filter((line) => line.trim() !== ''),
    date: null,
    createdAt: now,
    updatedAt: now,
  };
}
