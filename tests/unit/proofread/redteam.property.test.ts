// Red-team properties over classes of input: any half-width mark between Chinese characters is
// found and fixed; any heading numbering in the GB/T 9704 order is left alone; figures in their
// many right forms give no finding; and errors planted with random figures are each found with the
// right fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, proofread } from '../../../lib/domain/proofread/index.ts';

const loud = (found: Finding[]) => found.filter((f) => f.severity !== 'info');
const shown = (text: string, found: Finding[]) => found.map((f) => `${f.rule}⟦${text.slice(f.start, f.end)}⟧`);

/** Common Han characters that are neither numerals nor words the rules look for (某, 截, 约, 和, 及, 与…). */
const HAN_POOL = [...'党建工作会议强调落实责任制度群众服务项目资金安全生产检查整改问题发展经济社会治理基层组织学习教育干部队伍乡村振兴产业农业城市环境'];
const han = fc.constantFrom(...HAN_POOL);
const hanWord = fc.array(han, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };

/** 1 … 31 in Chinese numerals, as a date writes its day. */
const cnDay = (d: number) => (d <= 10 ? CN[d]! : d < 20 ? `十${CN[d - 10]}` : `${CN[Math.floor(d / 10)]}十${d % 10 ? CN[d % 10] : ''}`);

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

describe('proofread red team: punctuation', () => {
  it('any Chinese–half-width mark–Chinese triple is found, fixed to the full-width mark', () => {
    fc.assert(
      fc.property(hanWord, fc.constantFrom(...Object.keys(FULL)), hanWord, fc.constantFrom('', ' '), (a, mark, b, space) => {
        const text = `${a}${mark}${space}${b}`;
        const found = proofread(text).filter((f) => f.rule === 'punct.half_width');
        expect(found.map((f) => ({ at: text.slice(f.start, f.end).trim(), fix: f.fix }))).toContainEqual({ at: mark, fix: FULL[mark] });
      }),
      { numRuns: 300 },
    );
  });

  it('a half-width comma after a figure, a percentage or a closing mark before Chinese is found', () => {
    const before = fc.oneof(fc.integer({ min: 0, max: 99_999 }).map(String), fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`), hanWord.map((w) => `《${w}》`), hanWord.map((w) => `“${w}”`));
    fc.assert(
      fc.property(hanWord, before, fc.constantFrom(',', ';'), hanWord, (a, x, mark, b) => {
        const text = `${a}${x}${mark}${b}`;
        expect(proofread(text).filter((f) => f.rule === 'punct.half_width').map((f) => f.fix)).toContain(FULL[mark]);
      }),
      { numRuns: 200 },
    );
  });
});

/** A heading outline in the GB/T 9704 order: 一、 › （一） › 1. › （1）, each level counted from one. */
interface Node {
  children: Node[];
}
const outline: fc.Arbitrary<Node[]> = fc.letrec<{ l1: Node[]; l2: Node[]; l3: Node[]; l4: Node[] }>((tie) => ({
  l4: fc.array(fc.constant({ children: [] as Node[] }), { maxLength: 3 }),
  l3: fc.array(tie('l4').map((children) => ({ children })), { maxLength: 4 }),
  l2: fc.array(tie('l3').map((children) => ({ children })), { maxLength: 4 }),
  l1: fc.array(tie('l2').map((children) => ({ children })), { minLength: 1, maxLength: 6 }),
})).l1;

const TITLES = ['加强组织领导', '压实工作责任', '强化督促检查', '完善制度机制', '推进项目建设', '做好宣传引导', '抓好队伍建设'];
const BODIES = ['全年召开专题会议12次，研究解决问题36个。', '上午8:30召开推进会，参会人员120名。', '完成投资3.5亿元，同比增长12.6%。', '一、二季度各开展一次督查。', '详见www.example.gov.cn。', ''];

function render(nodes: Node[], level: number, pick: () => number, out: string[]): void {
  nodes.forEach((node, i) => {
    const n = i + 1;
    const marker = level === 1 ? `${CN[n]}、` : level === 2 ? `（${CN[n]}）` : level === 3 ? `${n}.` : `（${n}）`;
    out.push(`${marker}${TITLES[pick() % TITLES.length]}${level >= 3 ? '。' : ''}`);
    const body = BODIES[pick() % BODIES.length]!;
    if (body) out.push(body);
    render(node.children, level + 1, pick, out);
  });
}

describe('proofread red team: heading numbers', () => {
  it('any outline in the standard order, with or without an 附件 list after it, gives no heading finding', () => {
    fc.assert(
      fc.property(outline, fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), fc.integer({ min: 0, max: 4 }), (tree, seeds, attachments) => {
        let k = 0;
        const pick = () => seeds[k++ % seeds.length]!;
        const out: string[] = ['关于2025年工作情况的报告'];
        render(tree, 1, pick, out);
        if (attachments > 0) {
          out.push(`附件：1.${TITLES[0]}清单`);
          for (let i = 2; i <= attachments; i++) out.push(`\u3000\u3000\u3000${i}.${TITLES[i]}清单`);
          out.push('临溪县人民政府办公室', '2025年7月1日', '附件1', `${TITLES[0]}清单`);
          render(tree.slice(0, 2), 1, pick, out);
        }
        const text = out.join('\n');
        expect(shown(text, loud(proofread(text)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a heading whose words start with a numeral (二、三年行动计划) goes on the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.constantFrom('年行动计划', '项重点工作', '个专项行动', '季度工作安排'), (n, rest) => {
        const lines = [...Array.from({ length: n - 1 }, (_, i) => `${CN[i + 1]}、${TITLES[i % TITLES.length]}`), `${CN[n]}、${CN[Math.min(n + 1, 9)]}${rest}`, `${CN[n + 1]}、下一步打算`];
        const text = lines.join('\n');
        expect(shown(text, loud(proofread(text)))).toEqual([]);
      }),
    );
  });
});

const int = (min: number, max: number) => fc.integer({ min, max });
const dec = fc.tuple(int(0, 999), int(1, 9)).map(([a, b]) => `${a}.${b}`);
const thousands = int(1_000, 9_999_999).map((n) => n.toLocaleString('en-US'));
const year = int(1990, 2035);
const month = int(1, 12);
const day = int(1, 28);
const ISSUERS = ['临政办发', '临委发', '国办发', '临财预', '临政函'];

/** Figures written the ways GB/T 15835 and GB/T 15834 allow. */
const rightFigure = fc.oneof(
  fc.tuple(int(0, 9999), fc.constantFrom('个', '名', '项', '家', '次', '万元', '亿元', '户', '公里')).map(([n, u]) => `${n}${u}`),
  dec.map((d) => `${d}%`),
  dec.map((d) => `增长${d}个百分点`),
  thousands.map((t) => `${t}元`),
  fc.tuple(int(1, 50), int(51, 99)).map(([a, b]) => `${a}%～${b}%`),
  fc.tuple(int(1, 5), int(6, 20), fc.constantFrom('万', '亿')).map(([a, b, u]) => `${a}${u}～${b}${u}人`),
  fc.tuple(int(2, 5), int(6, 10), fc.constantFrom('人', '天', '次', '名')).map(([a, b, u]) => `${a}～${b}${u}`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.tuple(year, int(1, 10)).map(([y, k]) => `${y}—${y + k}年`),
  fc.tuple(int(1, 6), int(7, 12)).map(([a, b]) => `${a}—${b}月`),
  fc.tuple(int(7, 21), fc.constantFrom('00', '30', '45')).map(([h, m]) => `${h}:${m}`),
  fc.tuple(int(1, 4), fc.boolean()).map(([q, cn]) => (cn ? `第${CN[q]}季度` : `第${q}季度`)),
  fc.tuple(fc.constantFrom(...ISSUERS), int(2000, 2030), int(1, 300)).map(([i, y, n]) => `${i}〔${y}〕${n}号`),
  fc.tuple(int(10, 999), fc.constantFrom('约', '近')).map(([n, w]) => `${w}${n}人`),
  int(10, 999).map((n) => `${n}人左右`),
  int(10, 999).map((n) => `${n}多人`),
  fc.tuple(int(1, 9), int(0, 9)).map(([a, b]) => `v${a}.${b}`),
  fc.tuple(int(1000, 99999), year).map(([n, y]) => `GB/T ${n}—${y}`),
  fc.constantFrom('“十四五”', '三四天', '一、二季度', '第一、二批', '十几个', '三分之一', '1∶500', '两个维护', '《关于印发〈方案〉的通知》', '“落实‘三个清单’”', '一等奖、二等奖'),
  fc.tuple(year, month, day).map(([y, m, d]) => `${[...String(y)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('')}年${CN[m]}月${cnDay(d)}日`),
  fc.tuple(month, int(1, 14), int(15, 28)).map(([m, a, b]) => `${m}月${a}日—${b}日`),
);

describe('proofread red team: figures', () => {
  it('right text with figures in many right forms gives no error or warning', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hanWord, rightFigure), { minLength: 1, maxLength: 8 }), fc.constantFrom('，', '；', '。'), (parts, mark) => {
        const text = parts.map(([w, f]) => `${w}${f}`).join(mark) + '。';
        expect(shown(text, loud(proofread(text)))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

/** An error planted among right words, the rule that must find it, what it must cover and the fix. */
interface Plant {
  text: string;
  rule: string;
  at: string;
  fix?: string;
}
const WRONG_BRACKETS: [string, string][] = [['[', ']'], ['（', '）'], ['(', ')'], ['【', '】'], ['［', '］']];
const planted: fc.Arbitrary<Plant> = fc.oneof(
  fc.tuple(fc.constantFrom(...ISSUERS), int(2000, 2030), int(1, 300), fc.constantFrom(...WRONG_BRACKETS)).map(([i, y, n, [o, c]]) => ({ text: `根据${i}${o}${y}${c}${n}号文件`, rule: 'levels.doc_number', at: `${o}${y}${c}${n}`, fix: `〔${y}〕${n}` })),
  fc.tuple(fc.constantFrom(...ISSUERS), int(2000, 2030), int(1, 99)).map(([i, y, n]) => ({ text: `${i}〔${y}〕0${n}号`, rule: 'levels.doc_number', at: `〔${y}〕0${n}`, fix: `〔${y}〕${n}` })),
  fc.tuple(int(10, 30), fc.constantFrom('年度', '年底', '年上半年', '年3月')).map(([y, rest]) => ({ text: `全县${y}${rest}完成任务`, rule: 'number.short_year', at: String(y), fix: `20${y}` })),
  fc.tuple(year, int(1, 9), int(10, 28)).map(([y, m, d]) => ({ text: `于${y}年0${m}月${d}日印发`, rule: 'levels.date_zero', at: `${y}年0${m}月${d}日`, fix: `${y}年${m}月${d}日` })),
  fc.tuple(int(1, 9), int(10, 50), fc.constantFrom('%', '万', '亿')).map(([a, b, u]) => ({ text: `预计增加${a}-${b}${u}`, rule: 'number.range_unit', at: `${a}-${b}${u}`, fix: `${a}${u}～${b}${u}` })),
  fc.tuple(int(1, 9), int(10, 50), fc.constantFrom('人', '天', '次', '元')).map(([a, b, u]) => ({ text: `每组${a}-${b}${u}`, rule: 'punct.range_tilde', at: `${a}-${b}`, fix: `${a}～${b}` })),
  fc.tuple(int(2000, 2030), int(1, 9), fc.constantFrom('-', '~', '～')).map(([y, k, d]) => ({ text: `${y}${d}${y + k}年规划`, rule: 'punct.range_years', at: `${y}${d}${y + k}`, fix: `${y}—${y + k}` })),
  fc.tuple(int(1, 8), fc.constantFrom('天', '次', '个', '人', '家')).map(([n, u]) => ({ text: `用了${CN[n]}、${CN[n + 1]}${u}`, rule: 'punct.dunhao_approx', at: `${CN[n]}、${CN[n + 1]}`, fix: `${CN[n]}${CN[n + 1]}` })),
  int(1, 99_999).map((n) => {
    const full = [...String(n)].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    return { text: `共有${full}人`, rule: 'number.full_width_digit', at: full, fix: String(n) };
  }),
  fc.tuple(int(10, 999), fc.constantFrom(['约', '左右'], ['近', '左右'], ['至少', '以上'], ['大约', '多'])).map(([n, [w, extra]]) => ({
    text: `${w}${n}${extra === '多' ? '多' : ''}人${extra === '多' ? '' : extra}参加`,
    rule: 'number.doubled_approx',
    at: extra!,
    fix: '',
  })),
  fc.tuple(hanWord, fc.constantFrom('X', 'XX', '×××'), fc.constantFrom('名', '个', '万元', '社区', '驿站')).map(([w, x, u]) => ({ text: `${w}${x}${u}`, rule: 'unfinished.placeholder', at: x })),
  fc.tuple(year, month, day, fc.boolean()).map(([y, m, d, cnYear]) => {
    const text = cnYear ? `${[...String(y)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('')}年${m}月${d}日` : `${y}年${CN[m]}月${cnDay(d)}日`;
    return { text: `于${text}印发`, rule: 'number.mixed_date', at: text };
  }),
  fc.tuple(int(2000, 2030), fc.constantFrom('零', '0', 'O', '○')).map(([y, zero]) => {
    const cn = [...String(y)].map((c) => (c === '0' ? zero : '〇一二三四五六七八九'[Number(c)]!)).join('');
    return { text: `${cn}年七月一日`, rule: 'number.cn_zero', at: cn, fix: cn.replaceAll(zero, '〇') };
  }),
  fc.tuple(hanWord, hanWord, hanWord).map(([a, b, c]) => ({ text: `他说：“${a}“${b}”${c}。”`, rule: 'punct.nested_quote', at: `“${b}”`, fix: `‘${b}’` })),
  fc.tuple(hanWord, hanWord).map(([a, b]) => ({ text: `印发《关于印发《${a}》的${b}》`, rule: 'punct.nested_title', at: `《${a}》`, fix: `〈${a}〉` })),
  fc.tuple(int(1, 6), int(7, 12), fc.constantFrom('-', '－', '~')).map(([a, b, d]) => ({ text: `2025年${a}${d}${b}月完成`, rule: 'punct.range_time', at: `${a}${d}${b}`, fix: `${a}—${b}` })),
  fc.tuple(hanWord, hanWord, fc.constantFrom('…', '……')).map(([a, b, e]) => ({ text: `${a}、${b}${e}等工作`, rule: 'punct.ellipsis_etc', at: e, fix: '' })),
  fc.tuple(hanWord, hanWord).map(([a, b]) => ({ text: `${a}、${b}、等工作`, rule: 'punct.dunhao_before_etc', at: '、', fix: '' })),
  fc.tuple(int(1, 9), hanWord).map(([n, w]) => ({ text: `${CN[n]}.${w}`, rule: 'levels.cn_dot', at: `${CN[n]}.`, fix: `${CN[n]}、` })),
);

describe('proofread red team: planted errors', () => {
  it('each planted error is found on its span with its fix', () => {
    fc.assert(
      fc.property(planted, (p) => {
        const found = proofread(p.text).map((f) => ({ rule: f.rule, at: p.text.slice(f.start, f.end), ...(f.fix === undefined ? {} : { fix: f.fix }) }));
        expect(found).toContainEqual(p.fix === undefined ? { rule: p.rule, at: p.at } : { rule: p.rule, at: p.at, fix: p.fix });
      }),
      { numRuns: 500 },
    );
  });
});
