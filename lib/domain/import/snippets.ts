// Turning an imported report's section tree into proposed snippets: one per leaf section, one for
// a section's own introduction and one for its summary, plus the opening and the closing. Roles
// come from headings; a subsection inherits its section's role (（二）狠抓薄弱环节 under 下步措施
// is a measure, although 薄弱 reads like a problem).
import type { SnippetRole } from '../schemas.ts';
import type { OutlineDocument, OutlineSection } from './outline-tree.ts';
import { isSignatureOrDate } from './ending.ts';
import { placeholdersToSlots } from './placeholders.ts';
import { folderOfTitle, roleOfParagraph, rolesInHeading } from './roles.ts';
import { parseLedger, type LedgerEntry } from './ledger.ts';
import type { SlotGuess } from './slot-guess.ts';
import { createSlotNamer, sharingOwnUnits, type SlotNamer } from './slot-names.ts';

export interface SnippetProposal {
  title: string;
  /** Template text, paragraphs separated by newlines, each X replaced by {{slot}}. */
  body: string;
  /** The paragraphs as imported. */
  original: string;
  role: SnippetRole;
  folder?: string;
  slots: SlotGuess[];
  /** Headings from the top of the report down to this snippet, for context in the preview. */
  path: string[];
  /**
   * Where it stands in the report, for making a report of it (lib/domain/report/fromImport.ts):
   * after the heading with this index in `outlineHeadings` order, before the first heading
   * ('opening'), or in the closing.
   */
  place: ImportedPlace;
}

export type ImportedPlace = number | 'opening' | 'closing';

/** A heading of the imported outline: its depth in the tree (1 for the top) and its words. */
export interface ImportedHeading {
  depth: number;
  text: string;
  /** The words open the paragraph under it (OutlineSection.clipped): a report writes them once, run in. */
  runIn?: true;
}

/** Every heading of the outline in reading order; a proposal's `place` indexes into this list. */
export function outlineHeadings(doc: OutlineDocument): ImportedHeading[] {
  const out: ImportedHeading[] = [];
  const walk = (sections: readonly OutlineSection[], depth: number) => {
    for (const section of sections) {
      out.push(section.clipped ? { depth, text: section.heading, runIn: true } : { depth, text: section.heading });
      walk(section.children, depth + 1);
    }
  };
  walk(doc.sections, 1);
  return out;
}

/** A 整改台账 problem: the proposals (by index) of its problem and measures, with owner and deadline. */
export interface ProblemSetProposal {
  problem: number;
  measures: number[];
  owner: string;
  deadline: string;
}

export interface SnippetProposals {
  proposals: SnippetProposal[];
  problemSets: ProblemSetProposal[];
}

const TITLE_LENGTH = 24;

/** The proposal holding the lines under the title (subtitle, speaker, date): library data. */
export const TITLE_BLOCK_SNIPPET_TITLE = '副标题和署名';

/** The title a proposed snippet is saved under when the report gave it none: library data, not a message. */
export const UNTITLED_SNIPPET_TITLE = '未命名片段';

/** One namer for the whole report, so two slots of it never share a name by accident. */
export function proposeSnippets(doc: OutlineDocument, namer: SlotNamer = createSlotNamer()): SnippetProposal[] {
  return proposeSnippetsAndSets(doc, namer).proposals;
}

/** The proposals, and the problem sets a 整改台账 among them makes. */
export function proposeSnippetsAndSets(doc: OutlineDocument, namer: SlotNamer = createSlotNamer()): SnippetProposals {
  const folder = folderOfTitle(doc.title);
  const proposals: SnippetProposal[] = [];
  const problemSets: ProblemSetProposal[] = [];
  // The heading the next proposal follows in reading order, counted as outlineHeadings counts.
  let place: ImportedPlace = 'opening';
  const enter = () => {
    place = place === 'opening' ? 0 : (place as number) + 1;
  };
  // ××街道 in the speaker's line or the 落款 is the report's own unit, and so is ××街道 in the opening.
  const ownNamer = sharingOwnUnits(namer, [...(doc.titleBlock ?? []), ...doc.closing.filter(isSignatureOrDate)]);
  const add = (title: string, paragraphs: readonly string[], role: SnippetRole, path: string[], names: SlotNamer = namer): number => {
    if (paragraphs.length === 0) return -1;
    const original = paragraphs.join('\n');
    const { template, slots } = placeholdersToSlots(original, names, topicHeading(path, original));
    const proposal: SnippetProposal = { title: title || firstWords(original), body: template, original, role, slots, path, place };
    if (folder) proposal.folder = folder;
    return proposals.push(proposal) - 1;
  };
  const addLedger = (entries: readonly LedgerEntry[], path: string[]) => {
    for (const entry of entries) {
      const name = entry.title || firstWords(entry.problem[0] ?? '');
      const problem = add(name, [...(entry.title ? [entry.title] : []), ...entry.problem], 'problem', [...path, name]);
      const measure = add(`${name}·整改措施`, entry.measures, 'measure', [...path, name]);
      add(`${name}·整改进展`, entry.progress, 'work', [...path, name]);
      problemSets.push({ problem, measures: measure < 0 ? [] : [measure], owner: entry.owner, deadline: entry.deadline });
    }
  };
  add(TITLE_BLOCK_SNIPPET_TITLE, doc.titleBlock ?? [], 'other', [], ownNamer);
  if (doc.sections.length === 0) {
    // No outline at all: each paragraph stands alone, the first opening and the rest by their words.
    doc.preamble.forEach((paragraph, i) => add(firstWords(paragraph), [paragraph], i === 0 ? 'opening' : (roleOfParagraph(paragraph) ?? 'other'), [], ownNamer));
  } else {
    add(`开头：${firstWords(doc.preamble[0] ?? '')}`, doc.preamble, 'opening', [], ownNamer);
    for (const section of doc.sections) if (!section.attachment) visit(section, { role: null, options: [] }, [], add, addLedger, enter);
  }
  const afterHeadings = place;
  place = 'closing';
  add('结尾', doc.closing, 'closing', [], ownNamer);
  // Attachments follow the 落款 in the report, and in the library.
  place = afterHeadings;
  for (const section of doc.sections) if (section.attachment) visit(section, { role: null, options: [] }, [], add, addLedger, enter);
  return { proposals, problemSets };
}

interface Inherited {
  role: SnippetRole | null;
  /** All roles the parent's heading named; a child may pick among them (存在问题及原因). */
  options: SnippetRole[];
}

type Add = (title: string, paragraphs: readonly string[], role: SnippetRole, path: string[]) => number;
type AddLedger = (entries: readonly LedgerEntry[], path: string[]) => void;

function visit(section: OutlineSection, parent: Inherited, parentPath: string[], add: Add, addLedger: AddLedger, enter: () => void): void {
  enter();
  const own = rolesInHeading(section.heading);
  const role = resolveRole(own, parent);
  const path = [...parentPath, section.heading];
  const resolved = role ?? 'other';
  const ledger = section.children.length === 0 ? parseLedger(section.body) : null;
  if (ledger) return addLedger(ledger, path);
  if (section.children.length === 0) {
    // A numbered item with nothing under it (1、走访群众X余户) is content in itself; a bare
    // top-level heading (三、下步打算) is an empty part of the template and proposes nothing.
    // A heading known by its Word style is a heading, never content.
    const body = section.body.length === 0 && section.level > 1 && !section.styled ? [section.written ?? section.heading] : section.body;
    add(section.heading, body, resolved, path);
    return;
  }
  add(`${section.heading}（概述）`, section.body, resolved, path);
  for (const child of section.children) visit(child, { role, options: own.length > 0 ? own : parent.options }, path, add, addLedger, enter);
  if (section.after.length > 0) {
    const summaryRole = roleOfParagraph(section.after[0]!) ?? resolved;
    const suffix = summaryRole === resolved ? '小结' : roleTitle(summaryRole);
    add(`${section.heading}·${suffix}`, section.after, summaryRole, path);
  }
}

function resolveRole(own: readonly SnippetRole[], parent: Inherited): SnippetRole | null {
  if (parent.role === null) return own[0] ?? null;
  // Under 问题及原因, a child headed 原因分析 is a cause; otherwise the section's role holds.
  if (parent.options.length > 1) return own.find((role) => parent.options.includes(role)) ?? parent.role;
  return parent.role;
}

const ROLE_TITLES: Record<SnippetRole, string> = {
  opening: '开头',
  work: '工作',
  problem: '问题',
  cause: '原因分析',
  measure: '措施',
  closing: '结尾',
  other: '其他',
};

function roleTitle(role: SnippetRole): string {
  return ROLE_TITLES[role];
}

/**
 * The heading that tells a snippet's figures apart from the same figures elsewhere: its own, unless
 * the snippet is that heading's words (2.完成国省道改造提升50公里以上。), then the nearest above.
 */
export function topicHeading(path: readonly string[], original: string): string {
  for (let i = path.length - 1; i >= 0; i--) if (!original.includes(path[i]!)) return path[i]!;
  return '';
}

/** A title from the first sentence, cut short. */
function firstWords(text: string): string {
  const sentence = text.split(/[。！？；]/, 1)[0] ?? '';
  return sentence.length > TITLE_LENGTH ? `${sentence.slice(0, TITLE_LENGTH)}…` : sentence;
}
