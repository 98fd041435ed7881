// A schema's refusal reaches the panel as a code with its figures, never as zod's English or a
// sentence made in lib: the project's own refusals by the code they carry, zod's by their kind.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { problemText } from '../../../components/common/problemText.ts';
import { issuePath, issueProblem, placedProblems, SCHEMA_CODES } from '../../../lib/domain/schemaProblems.ts';
import { Metric, MetricName, MetricValue, PeriodKey, ProblemSet, Snippet, SnippetRevision, TallyEntry } from '../../../lib/domain/schemas.ts';

const snippet = { id: 's1', title: '标题', body: '', role: 'work', folder: '', tags: [], favorite: false, useCount: 0, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null };

function refusal(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('accepted');
  return issueProblem(result.error.issues[0]!);
}

describe('issueProblem', () => {
  it('gives the code a schema words its own refusal with, and the bound it names', () => {
    expect(refusal(MetricName, ' ')).toEqual({ code: 'schema.nameEmpty', params: { minimum: 1 } });
    expect(refusal(MetricName, '名'.repeat(61))).toEqual({ code: 'schema.nameTooLong', params: { maximum: 60 } });
    expect(refusal(MetricName, '发展{党员}')).toEqual({ code: 'schema.nameSyntax' });
    expect(refusal(PeriodKey, '2025-13')).toEqual({ code: 'schema.periodFormat' });
    expect(refusal(Snippet, { ...snippet, title: '  ' })).toEqual({ code: 'schema.titleEmpty', params: { minimum: 1 } });
  });

  it('names zod\'s own refusals by their kind', () => {
    expect(refusal(Snippet, { ...snippet, favorite: 'yes' })).toEqual({ code: 'schema.invalidType', params: { expected: 'boolean' } });
    expect(refusal(Snippet, { ...snippet, role: 'boss' })).toMatchObject({ code: 'schema.invalidValue', params: { expected: expect.stringContaining('opening | work') } });
    expect(refusal(TallyEntry, { id: 't', metricId: 'm', date: '3月5日', amount: 1, note: '', createdAt: 1 })).toEqual({ code: 'schema.invalidFormat' });
    expect(refusal(Snippet, { ...snippet, id: '' })).toEqual({ code: 'schema.empty', params: { minimum: 1 } });
    expect(refusal(Snippet, { ...snippet, folder: 'x'.repeat(201) })).toEqual({ code: 'schema.tooLong', params: { maximum: 200 } });
    expect(refusal(Snippet, { ...snippet, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })).toEqual({ code: 'schema.tooMany', params: { maximum: 50 } });
    expect(refusal(Snippet, { ...snippet, useCount: -1 })).toEqual({ code: 'schema.tooSmall', params: { minimum: 0 } });
    expect(refusal(SnippetRevision, { id: 0, snippetId: 's', title: '', body: '', savedAt: 1 })).toEqual({ code: 'schema.mustExceed', params: { minimum: 0 } });
    expect(refusal(MetricValue, { metricId: 'm', period: '2025', value: [], note: '', updatedAt: 1 }).code).toBe('schema.invalid');
  });

  it('every code it gives is a listed one, with words in Chinese that fill every figure', () => {
    const cases: [z.ZodType, unknown][] = [
      [MetricName, ''],
      [MetricName, '名'.repeat(61)],
      [Metric, { id: 'm', name: 'x', kind: 'sum', unit: 'x'.repeat(21), note: '', tags: [], createdAt: -1, updatedAt: 1.5 }],
      [ProblemSet, { id: 'p', problemId: 's', causeIds: Array(51).fill('c'), measureIds: [''], owner: '', deadline: 'x'.repeat(101), updatedAt: 1 }],
    ];
    for (const [schema, value] of cases) {
      const result = schema.safeParse(value);
      if (result.success) throw new Error('accepted');
      for (const issue of result.error.issues) {
        const problem = issueProblem(issue);
        expect(SCHEMA_CODES).toContain(problem.code);
        expect(problemText(problem)).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(problemText({ code: 'schema.nameTooLong', params: { maximum: 60 } })).toBe('名称最多 60 个字');
  });
});

describe('placedProblems', () => {
  it('keeps where each problem is, as in snippets[3].title', () => {
    expect(issuePath(['snippets', 3, 'title'])).toBe('snippets[3].title');
    expect(issuePath([])).toBe('');
    const result = Snippet.array().safeParse([snippet, { ...snippet, title: '' }]);
    if (result.success) throw new Error('accepted');
    expect(placedProblems(result.error.issues)).toEqual([{ code: 'schema.titleEmpty', params: { minimum: 1 }, path: '[1].title' }]);
  });
});
