// Property tests for the fill-ins over generated cases: every form prints back as written, every
// malformed variant gives a positioned error in words, choices render the word picked, an optional
// part switched off leaves clean punctuation, cycles among snippets are always caught, and sign
// words and dates hold for any value and period.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { formatPeriodKey } from '../../../lib/domain/period.ts';
import { parseTemplate, printTemplate, renderedParagraphs, renderTemplate } from '../../../lib/domain/template/index.ts';
import { valuesContext } from '../support/context.ts';
import { check, checkWords, choice, include, optional, wellFormed } from './arbitraries.ts';

const around = fc.tuple(fc.constantFrom('', '前文，', '第一段\n'), fc.constantFrom('', '。', '后文\n下一段'));

describe('every fill-in prints back as written', () => {
  it('print(parse(x)) = x for a form as the printer writes it, with no error, alone or among other text', () => {
    fc.assert(
      fc.property(fc.oneof(choice, include, optional), around, wellFormed, (generated, [before, after], rest) => {
        // The generated body may space a computed value freely; the printer's spelling is canonical.
        const form = printTemplate(parseTemplate(generated).nodes);
        check(form.startsWith('{{') && form.endsWith('}}') && parseTemplate(form).nodes.length === 1, `${generated} is not one form`);
        for (const source of [form, before + form + after + rest]) {
          const parsed = parseTemplate(source);
          check(parsed.errors.length === 0, `${source}: ${JSON.stringify(parsed.errors)}`);
          if (source === form) check(printTemplate(parsed.nodes) === source, `${source} printed as ${printTemplate(parsed.nodes)}`);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

/** A word with no colon, bar or brace, so corrupting one mark cannot be undone by another. */
const plain = fc.constantFrom('增长', '下降', '说明', '创新做法', '甲', '2');
const words = fc.array(plain, { minLength: 2, maxLength: 4 });
const optionalBody = fc.array(fc.constantFrom('召开', '{{经费}}', '次会议，', '{{选:有|无}}'), { minLength: 1, maxLength: 3 }).map((p) => p.join(''));

type Malformed = [form: string, codes: string[]];
const bad = (form: string, ...codes: string[]): Malformed => [form, codes];

/** Malformed forms, each with the codes it may report. */
const malformed: fc.Arbitrary<Malformed> = fc.oneof(
  words.map((w) => bad(`{{选:${w[0]}}}`, 'template.choiceTooFew')),
  fc.tuple(words, fc.nat()).map(([w, i]) => {
    const options: string[] = [...w];
    options[i % options.length] = '';
    return bad(`{{选:${options.join('|')}}}`, 'template.emptyChoice');
  }),
  words.map((w) => bad(`{{选:${w.join('|')}`, 'template.unclosedSlot')),
  fc.tuple(plain, optionalBody).map(([n, b]) => bad(`{{?${n}${b}}}`, 'template.optionalNoColon')),
  optionalBody.map((b) => bad(`{{?:${b}}}`, 'template.emptyName')),
  plain.map((n) => bad(`{{?${n}: }}`, 'template.emptyOptional')),
  fc.tuple(plain, plain, optionalBody).map(([a, b, body]) => bad(`{{?${a}:前{{?${b}:${body}}}}}`, 'template.optionalNested')),
  fc.tuple(plain, optionalBody).map(([n, b]) => bad(`{{?${n}:${b}`, 'template.unclosedSlot')),
  fc.constant(bad('{{>}}', 'template.emptyName')),
  plain.map((n) => bad(`{{>${n}{}}`, 'template.nameBadCharacter', 'template.unclosedSlot')),
);

describe('malformed fill-ins', () => {
  it('give positioned errors, within the form, in words', () => {
    fc.assert(
      fc.property(malformed, around, ([form, codes], [before, after]) => {
        const source = before + form + after;
        const { errors, nodes } = parseTemplate(source);
        check(errors.length > 0, `no error for ${form}`);
        check(codes.includes(errors[0]!.problem.code), `${form}: ${errors[0]!.problem.code}, expected ${codes.join('/')}`);
        for (const { span, problem } of errors) {
          // An unclosed form's error runs to the end of its line, past the form itself.
          const end = codes.includes('template.unclosedSlot') ? source.length : before.length + form.length;
          check(span.start >= before.length && span.end <= end && span.start < span.end, `${form}: span ${JSON.stringify(span)}`);
          checkWords(problem);
        }
        // The malformed source is kept as written, so nothing the user typed is lost.
        check(printTemplate(nodes) === source || source.includes('{}'), `${source} printed as ${printTemplate(nodes)}`);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('choices', () => {
  it('render the word picked, or the first when none is', () => {
    fc.assert(
      fc.property(fc.uniqueArray(plain, { minLength: 2, maxLength: 4 }), fc.option(fc.nat()), (options, pick) => {
        const key = options.join('|');
        const picked = pick === null ? undefined : options[pick % options.length]!;
        const choices = picked === undefined ? {} : { [key]: picked };
        const out = renderedParagraphs(renderTemplate(`营收{{选:${key}}}。`, { ...valuesContext({}), choices }));
        check(out[0] === `营收${picked ?? options[0]}。`, out.join());
      }),
    );
  });
});

const MARKS = '，、；：。';
/** No two marks in a row, no line starting with a mark or ending in a pause that wants more. */
function clean(lines: readonly string[]): boolean {
  return lines.every((line) => !new RegExp(`[${MARKS}]{2}`).test(line) && !MARKS.includes(line[0] ?? '') && !/[，、；]$/.test(line));
}
const piece = fc.constantFrom('完成', '任务', '{{经费}}万元', '，', '、', '；', '：', '。', '\n', '{{选:有|无}}');
const line = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));

describe('an optional part switched off', () => {
  it('leaves no dangling punctuation and no blank line, and drops nothing else', () => {
    fc.assert(
      fc.property(line, fc.array(piece, { minLength: 1, maxLength: 4 }), line, (before, body, after) => {
        const bodyText = body.join('').replace(/\n/g, '');
        fc.pre(bodyText.trim() !== '');
        const context = { ...valuesContext({ '经费@2025': 3 }) };
        const on = renderedParagraphs(renderTemplate(before + bodyText + after, context));
        const withoutBody = renderedParagraphs(renderTemplate(before + after, context));
        fc.pre(clean(on));
        const source = `${before}{{?可选:${bodyText}}}${after}`;
        const off = renderedParagraphs(renderTemplate(source, { ...context, off: ['可选'] }));
        const bare = (lines: readonly string[]) =>
          lines.map((l) => l.replace(new RegExp(`[${MARKS}]`, 'g'), '')).filter((l) => l !== '').join('\n');
        check(clean(off), `${source} → ${JSON.stringify(off)}`);
        check(off.every((l) => l.trim() !== ''), 'a blank line');
        check(bare(off) === bare(withoutBody), `${source}: words changed: ${bare(off)} ≠ ${bare(withoutBody)}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('snippets inside snippets', () => {
  const titles = ['甲', '乙', '丙', '丁'];
  const graph = fc.dictionary(fc.constantFrom(...titles), fc.subarray(titles), { minKeys: 4 });

  /** Whether a cycle can be reached from `start`, by a plain depth-first search. */
  function reachesCycle(edges: Record<string, string[]>, start: string): boolean {
    const path: string[] = [];
    const visit = (node: string): boolean => {
      if (path.includes(node)) return true;
      path.push(node);
      const found = (edges[node] ?? []).some(visit);
      path.pop();
      return found;
    };
    return visit(start);
  }

  it('render any library of them, and report a cycle exactly when one is reachable', () => {
    fc.assert(
      fc.property(graph, (edges) => {
        const snippet = (title: string) => (edges[title] ? `${title}：${edges[title].map((t) => `{{>${t}}}`).join('')}。` : undefined);
        const result = renderTemplate(snippet('甲')!, { ...valuesContext({}), snippet, title: '甲' });
        const cycle = result.valueErrors.some((e) => e.problem.code === 'template.includeCycle');
        check(cycle === reachesCycle(edges, '甲'), `${JSON.stringify(edges)}: cycle reported ${cycle}`);
        for (const { problem, span } of result.valueErrors) {
          checkWords(problem);
          check(span.end <= snippet('甲')!.length, 'a problem placed outside the snippet');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('|升降', () => {
  it('never writes a sign after its word, and picks the word by the sign', () => {
    const amount = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(amount, amount, (now, then) => {
        const values = { '甲@2025': now, '甲@2024': then };
        const [difference] = renderedParagraphs(renderTemplate('{{= 甲 - 甲@去年 |升降}}', valuesContext(values)));
        check(!/-/.test(difference!), difference!);
        const delta = Math.round((now - then) * 100);
        const word = delta > 0 ? '增加' : delta < 0 ? '减少' : '持平';
        check(difference!.startsWith(word), `${now} − ${then}: ${difference}`);
        if (then === 0) return;
        const [change] = renderedParagraphs(renderTemplate('{{= 同比(甲) |升降}}', valuesContext(values)));
        check(/^(增长|下降)\d|^持平$/.test(change!), `${now} vs ${then}: ${change}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('dates and periods', () => {
  const period = fc.oneof(
    fc.integer({ min: 1990, max: 2099 }).map((year) => formatPeriodKey({ year, granularity: 'year', index: 1 })),
    fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 2 })).map(([year, index]) => formatPeriodKey({ year, granularity: 'half', index })),
    fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([year, index]) => formatPeriodKey({ year, granularity: 'quarter', index })),
    fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([year, index]) => formatPeriodKey({ year, granularity: 'month', index })),
  );

  it('write every period in its year, last year one less, and in Chinese numerals with no digit left', () => {
    fc.assert(
      fc.property(period, (key) => {
        const year = Number(key.slice(0, 4));
        const out = renderedParagraphs(renderTemplate('{{本期}}|{{本期末}}|{{上年同期}}|{{本期|中文}}|{{本期末|中文}}', valuesContext({}, key)))[0]!.split('|');
        check(out[0]!.startsWith(`${year}年`) && out[1]!.startsWith(`${year}年`) && out[1]!.endsWith('底'), out.join());
        check(out[2] === out[0]!.replace(String(year), String(year - 1)), out.join());
        check(!/\d/.test(out[3]! + out[4]!) && out[3]!.endsWith(out[0]!.endsWith('月') ? '月' : '年'), out.join());
      }),
      { numRuns: 500 },
    );
  });
});
