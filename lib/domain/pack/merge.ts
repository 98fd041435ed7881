// Taking a newer version of a pack already taken: for each item, a three-way decision between what
// this computer took from the pack last time (base), what the pack has now (theirs) and the local
// copy (mine), each as a content fingerprint (fingerprint.ts). The rule that matters: the user's own
// edit is never overwritten unless the user chooses so for that very item.

export type PackDecision =
  /** New in the pack: added. */
  | 'add'
  /** Changed in the pack, unchanged here since it was taken: the new version replaces it. */
  | 'update'
  /** Nothing to do: the same as the pack (or changed in the same way on both sides). */
  | 'unchanged'
  /** Changed here, not in the pack: the local edit stays. */
  | 'keptEdit'
  /** Changed on both sides, differently: the user chooses (keep both by default). */
  | 'conflict'
  /** Never taken, and the user has one of their own with the same title and other words: the user chooses (keep both by default). */
  | 'sameTitle'
  /** No longer in the pack: the local copy stays by default, as the user's own. */
  | 'removed'
  /** The user moved the local copy to the trash: it stays there. */
  | 'inTrash';

export const PACK_DECISIONS = ['add', 'update', 'conflict', 'sameTitle', 'removed', 'keptEdit', 'inTrash', 'unchanged'] as const satisfies readonly PackDecision[];

export type PackChoice =
  /** add / update: take the pack's version. */
  | 'take'
  /** conflict: the local copy stays (as the user's own, no longer following the pack) and the pack's version is added beside it. */
  | 'both'
  /** conflict: keep the local copy; the pack's version is not taken. */
  | 'mine'
  /** conflict: the pack's version replaces the local copy (kept in the history where the record has one). */
  | 'theirs'
  /** removed: keep the local copy as the user's own. */
  | 'keep'
  /** removed: move the local copy to the trash. */
  | 'remove'
  /** unchanged / keptEdit / inTrash: nothing is written. */
  | 'none';

export interface MergeSides {
  /** What was taken last time; null when the item was never taken. */
  base: string | null;
  /** The pack's version now; null when the pack no longer has it. */
  theirs: string | null;
  /** The local copy; null when there is none. */
  mine: string | null;
  /** The local copy is in the trash. */
  mineInTrash?: boolean;
  /** The local copy is the user's own record of the same title, never taken from the pack. */
  mineByTitle?: boolean;
}

/** Whether the record can stand twice beside itself (a metric's name and a problem's set cannot), and go to the trash. */
export interface ItemAbilities {
  twice: boolean;
  trash: boolean;
}

export function decide({ base, theirs, mine, mineInTrash = false, mineByTitle = false }: MergeSides): PackDecision {
  if (mine === null) return theirs === null ? 'unchanged' : 'add';
  if (mineInTrash) return 'inTrash';
  if (theirs === null) return 'removed';
  if (theirs === mine) return 'unchanged';
  if (mineByTitle && base === null) return 'sameTitle';
  if (base === null || (mine !== base && theirs !== base)) return 'conflict';
  return mine === base ? 'update' : 'keptEdit';
}

/** The choices offered for a decision, the default first. */
export function choicesFor(decision: PackDecision, can: ItemAbilities): readonly PackChoice[] {
  switch (decision) {
    case 'add':
    case 'update':
      return ['take'];
    case 'conflict':
    case 'sameTitle':
      return can.twice ? ['both', 'mine', 'theirs'] : ['mine', 'theirs'];
    case 'removed':
      return can.trash ? ['keep', 'remove'] : ['keep'];
    default:
      return ['none'];
  }
}

/** What a choice does to this computer's records of the item. */
export interface Resolution {
  /** The local copy: left as it is, given the pack's version, or moved to the trash. */
  local: 'leave' | 'write' | 'trash';
  /** The local copy's link to the pack afterwards: the new base, or null when it no longer follows the pack. */
  link: string | null;
  /** A new record with the pack's version, following the pack (an add, or the second copy of 保留两份). */
  added: string | null;
}

/** What `choice` does, given the sides (a choice not offered for the decision is read as its default). */
export function resolve(sides: MergeSides, choice: PackChoice, can: ItemAbilities = { twice: true, trash: true }): Resolution {
  const decision = decide(sides);
  const offered = choicesFor(decision, can);
  const chosen = offered.includes(choice) ? choice : offered[0]!;
  const { base, theirs, mine } = sides;
  switch (decision) {
    case 'add':
      return { local: 'leave', link: null, added: theirs };
    case 'update':
      return { local: 'write', link: theirs, added: null };
    case 'unchanged':
      // Changed the same way on both sides: from now on the pack's version is the base.
      return { local: 'leave', link: mine === null ? null : (theirs ?? base), added: null };
    case 'keptEdit':
    case 'inTrash':
      return { local: 'leave', link: base, added: null };
    case 'conflict':
    case 'sameTitle':
      if (chosen === 'theirs') return { local: 'write', link: theirs, added: null };
      // 保留我的: the pack's version counts as seen, so the next import says 你改过的 instead of asking again.
      if (chosen === 'mine') return { local: 'leave', link: theirs, added: null };
      return { local: 'leave', link: null, added: theirs };
    case 'removed':
      return chosen === 'remove' ? { local: 'trash', link: null, added: null } : { local: 'leave', link: null, added: null };
  }
}

/** Whether a decision writes anything at all (the preview counts these). */
export const writes = (decision: PackDecision): boolean => decision !== 'unchanged' && decision !== 'keptEdit' && decision !== 'inTrash';
