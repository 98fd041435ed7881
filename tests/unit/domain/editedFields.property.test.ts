// Keeping "mine" over another window's save: every field this edit changed is mine, every field
// it left alone is theirs — for any three versions of a snippet's editable fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editedFields, mergeEdit } from '../../../lib/domain/editedFields.ts';

const fields = fc.record({
  title: fc.constantFrom('主要工作', '党建', 'A'),
  body: fc.constantFrom('原来的正文。', '改过的正文。', ''),
  role: fc.constantFrom('work', 'opening', 'closing'),
  folder: fc.constantFrom('', '述职报告'),
  tags: fc.array(fc.constantFrom('党建', '经费', '培训'), { maxLength: 3 }),
  favorite: fc.boolean(),
});

describe('mergeEdit', () => {
  it('takes each field from mine where this edit changed it, and from theirs elsewhere', () => {
    fc.assert(
      fc.property(fields, fields, fields, (base, mine, theirs) => {
        const merged = mergeEdit(base, mine, theirs);
        for (const key of Object.keys(base) as (keyof typeof base)[]) {
          const edited = JSON.stringify(mine[key]) !== JSON.stringify(base[key]);
          expect(merged[key]).toEqual(edited ? mine[key] : theirs[key]);
        }
      }),
    );
  });

  it('an edit that changed nothing leaves theirs as it is; one with no other save is mine', () => {
    fc.assert(
      fc.property(fields, fields, (base, theirs) => {
        expect(mergeEdit(base, { ...base, tags: [...base.tags] }, theirs)).toEqual(theirs);
        expect(editedFields(base, { ...base, tags: [...base.tags] })).toEqual({});
      }),
    );
    fc.assert(fc.property(fields, fields, (base, mine) => {
        expect(mergeEdit(base, mine, base)).toEqual(mine);
      }),
    );
  });

  it('the ★ set in another window survives a title changed here', () => {
    const base = { title: '甲', favorite: false };
    expect(mergeEdit(base, { title: '乙', favorite: false }, { title: '甲', favorite: true })).toEqual({ title: '乙', favorite: true });
  });
});
