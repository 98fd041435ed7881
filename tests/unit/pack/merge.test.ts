// The three-way decision for a newer version of a pack: base (taken last time), theirs (the pack
// now), mine (the local copy), each a content fingerprint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choicesFor, decide, fingerprint, resolve, type MergeSides, type PackChoice, type PackDecision } from '../../../lib/domain/pack/index.ts';

const CAN = { twice: true, trash: true };

describe('decide', () => {
  const cases: [string, MergeSides, PackDecision][] = [
    ['new in the pack', { base: null, theirs: 'B', mine: null }, 'add'],
    ['changed there only', { base: 'A', theirs: 'B', mine: 'A' }, 'update'],
    ['changed nowhere', { base: 'A', theirs: 'A', mine: 'A' }, 'unchanged'],
    ['changed here only', { base: 'A', theirs: 'A', mine: 'M' }, 'keptEdit'],
    ['changed on both sides, differently', { base: 'A', theirs: 'B', mine: 'M' }, 'conflict'],
    ['changed the same way on both sides', { base: 'A', theirs: 'B', mine: 'B' }, 'unchanged'],
    ['dropped from the pack, untouched here', { base: 'A', theirs: null, mine: 'A' }, 'removed'],
    ['dropped from the pack, edited here', { base: 'A', theirs: null, mine: 'M' }, 'removed'],
    ['in the trash here', { base: 'A', theirs: 'B', mine: 'A', mineInTrash: true }, 'inTrash'],
    ['never taken, one of the user’s own has its title and other words', { base: null, theirs: 'B', mine: 'M', mineByTitle: true }, 'sameTitle'],
    ['never taken, one of the user’s own has its title and its words', { base: null, theirs: 'B', mine: 'B', mineByTitle: true }, 'unchanged'],
  ];
  it.each(cases)('%s', (_name, sides, expected) => expect(decide(sides)).toBe(expected));

  it('offers keep both first for a conflict, and only 保留我的 / 用新的 where an item cannot stand twice', () => {
    expect(choicesFor('conflict', CAN)).toEqual(['both', 'mine', 'theirs']);
    expect(choicesFor('conflict', { twice: false, trash: false })).toEqual(['mine', 'theirs']);
    expect(choicesFor('sameTitle', CAN)).toEqual(['both', 'mine', 'theirs']);
    expect(choicesFor('removed', CAN)).toEqual(['keep', 'remove']);
    expect(choicesFor('removed', { twice: false, trash: false })).toEqual(['keep']);
  });

  it('fingerprints content whatever the order of its keys', () => {
    expect(fingerprint({ title: '甲', body: '乙' })).toBe(fingerprint({ body: '乙', title: '甲' }));
    expect(fingerprint({ title: '甲', body: '乙' })).not.toBe(fingerprint({ title: '甲', body: '丙' }));
  });
});

/** One item's state on this computer: the linked copy (content and base) and any extra copies. */
interface State {
  mine: string | null;
  base: string | null;
  inTrash: boolean;
  /** Contents that exist here but no longer follow the pack. */
  own: string[];
}

function apply(state: State, theirs: string | null, choice: PackChoice): State {
  const sides: MergeSides = { base: state.base, theirs, mine: state.mine, mineInTrash: state.inTrash };
  const r = resolve(sides, choice, CAN);
  const own = [...state.own];
  let mine = state.mine;
  let base = state.base;
  let inTrash = state.inTrash;
  if (r.local === 'write') mine = theirs;
  if (r.local === 'trash') inTrash = true;
  if (mine !== null && r.link === null) {
    // Unlinked: the local copy stays as the user's own.
    if (!inTrash) own.push(mine);
    mine = null;
    base = null;
    inTrash = false;
  } else base = r.link;
  if (r.added !== null) {
    mine = r.added;
    base = r.added;
    inTrash = false;
  }
  return { mine, base, inTrash, own };
}

const content = fc.constantFrom('A', 'B', 'C', 'M');
const state = fc.record({ base: content, edited: fc.boolean(), mineText: content, inTrash: fc.boolean() }).map(({ base, edited, mineText, inTrash }): State => ({ base, mine: edited ? mineText : base, inTrash, own: [] }));
const theirs = fc.option(content, { nil: null });
const anyChoice = fc.constantFrom<PackChoice>('take', 'both', 'mine', 'theirs', 'keep', 'remove', 'none');

describe('merge properties', () => {
  it('never loses the local edit unless 用新的 or 移到回收站 is chosen for that item', () => {
    fc.assert(
      fc.property(state, theirs, anyChoice, (s, t, choice) => {
        fc.pre(choice !== 'theirs' && choice !== 'remove');
        const next = apply(s, t, choice);
        // An edit: a local copy that differs from what was taken.
        if (s.mine === null || s.inTrash || s.mine === s.base) return;
        expect([next.mine, ...next.own]).toContain(s.mine);
      }),
    );
  });

  it('with the default choices, a local edit is never lost', () => {
    fc.assert(
      fc.property(state, theirs, (s, t) => {
        const decision = decide({ base: s.base, theirs: t, mine: s.mine, mineInTrash: s.inTrash });
        const next = apply(s, t, choicesFor(decision, CAN)[0]!);
        if (s.mine !== null && !s.inTrash && s.mine !== s.base) expect([next.mine, ...next.own]).toContain(s.mine);
      }),
    );
  });

  it('updates only when the local copy is what was taken', () => {
    fc.assert(
      fc.property(state, theirs, (s, t) => {
        const sides = { base: s.base, theirs: t, mine: s.mine, mineInTrash: s.inTrash };
        if (decide(sides) === 'update') expect(s.mine).toBe(s.base);
        const r = resolve(sides, 'take', CAN);
        if (r.local === 'write') expect(s.mine).toBe(s.base);
      }),
    );
  });

  it('is idempotent: taking the same version again, whatever was chosen, writes nothing', () => {
    fc.assert(
      fc.property(state, theirs, anyChoice, (s, t, choice) => {
        const once = apply(s, t, choice);
        const sides = { base: once.base, theirs: t, mine: once.mine, mineInTrash: once.inTrash };
        const decision = decide(sides);
        // Nothing follows the pack any more, or the pack's version is already here (or set aside by the user).
        if (once.mine === null) expect(t === null || once.own.length > 0 || s.inTrash || decision === 'add').toBe(true);
        else expect(['unchanged', 'keptEdit', 'inTrash']).toContain(decision);
      }),
    );
  });
});
