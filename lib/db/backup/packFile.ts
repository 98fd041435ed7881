// The one way in for a pack, whether chosen as a file or downloaded from a server: the parsed pack
// file gives a preview (what taking it would do), the user's choices give the import, the outcome
// gives the undo. Version 1 packs keep their add-only import (pack.ts); version 2 packs merge
// (packImport.ts).
import type { PackChoice } from '../../domain/pack/merge.ts';
import type { DrafterDatabase } from '../database.ts';
import type { PackFile, PackFileV1, PackFileV2 } from './format.ts';
import { importPack, previewPack, undoPackImport, type PackConflictChoice, type PackOutcome, type PackPreview } from './pack.ts';
import { applyPackImport, planPackImport, undoPackMerge, type PackImportOutcome, type PackImportPlan } from './packImport.ts';

export type PackFilePreview = { version: 1; file: PackFileV1; legacy: PackPreview } | { version: 2; file: PackFileV2; plan: PackImportPlan };

export interface PackFileChoices {
  /** Version 1: what to do with a snippet whose title the folder already has. */
  legacy?: PackConflictChoice;
  /** Version 2: per item (`kind:item`, PackItemPlan.key); an item left out gets its default, which never overwrites an edit. */
  items?: Readonly<Record<string, PackChoice>>;
}

export type PackFileOutcome = { version: 1; outcome: PackOutcome } | { version: 2; outcome: PackImportOutcome };

/** What taking this parsed pack file would do here. Nothing is written. */
export async function previewPackFile(db: DrafterDatabase, file: PackFile): Promise<PackFilePreview> {
  return file.version === 1 ? { version: 1, file, legacy: await previewPack(db, file) } : { version: 2, file, plan: await planPackImport(db, file) };
}

/** Takes the previewed pack with the user's choices, in one transaction: all of it, or nothing. */
export async function importPackFile(db: DrafterDatabase, preview: PackFilePreview, choices: PackFileChoices = {}, now = Date.now()): Promise<PackFileOutcome> {
  if (preview.version === 1) return { version: 1, outcome: await importPack(db, preview.file, choices.legacy ?? 'rename', now) };
  return { version: 2, outcome: await applyPackImport(db, preview.file, choices.items ?? {}, now) };
}

/** Takes an import back as it was. */
export async function undoPackFileImport(db: DrafterDatabase, done: PackFileOutcome): Promise<void> {
  if (done.version === 1) await undoPackImport(db, done.outcome);
  else await undoPackMerge(db, done.outcome);
}
