// Deterministic generated data for the benchmarks: a library of snippets, metrics and values in
// the shapes of lib/domain/schemas.ts (checked with those schemas in node before they are sent),
// the long snippet that 插入 inserts, and a long report for the import parse.

/** A small seeded PRNG (mulberry32), so every run benchmarks the same library. */
export function random(seed = 20261126) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

const TOPICS = [
  '党建', '专题', '会议', '基层', '治理', '社区', '服务', '群众', '网格', '队伍', '作风', '纪律', '廉政', '宣传',
  '思想', '教育', '培训', '阵地', '经费', '保障', '志愿', '品牌', '民生', '安全', '信访', '调解', '环境', '整治',
  '产业', '发展', '项目', '招商', '营商', '改革', '创新', '数字', '平台', '考核', '督查', '整改', '落实', '责任',
  '组织', '生活', '支部', '党员', '先锋', '示范', '统战', '共建', '联建', '文明', '创建', '老旧', '小区', '物业',
];
const FRAMES = ['主要工作：', '存在问题：', '原因分析：', '整改措施：', '开头：', '结尾：', ''];
const ROLES = ['work', 'problem', 'cause', 'measure', 'opening', 'closing', 'other'];
const FOLDERS = ['述职报告/党建', '述职报告/综合', '工作总结/党建', '工作总结/治理', '整改报告/巡察', '对照检查材料', '专题汇报', ''];
const UNITS = ['次', '个', '名', '项', '万元', '%', '余户', '人次', '场', '件'];
const SENTENCES = [
  '坚持以人民为中心的发展思想，把群众满意作为检验工作的根本标准',
  '全年召开专题会议X次，研究解决重点难点问题X个',
  '深入基层一线调研，当面听取群众意见建议，现场解决实际困难',
  '健全完善制度机制，推动各项任务落地落实、见到成效',
  '压紧压实工作责任，逐级签订责任书，做到任务有清单、完成有时限',
  '持续加强队伍建设，组织集中培训，提升干部履职能力和服务水平',
  '统筹投入专项经费，新建改造服务阵地，群众获得感明显增强',
  '对照上级要求查找差距不足，建立问题清单，逐项明确整改措施',
];

/** A title such as 主要工作：社区网格治理 (Chinese, so both text and pinyin initials match). */
function title(rnd, i) {
  const words = 2 + Math.floor(rnd() * 3);
  let t = pick(rnd, FRAMES);
  for (let w = 0; w < words; w++) t += pick(rnd, TOPICS);
  return `${t}${i % 7 === 0 ? `（${(i % 97) + 1}）` : ''}`;
}

function body(rnd, metricNames) {
  const count = 2 + Math.floor(rnd() * 4);
  const parts = [];
  for (let p = 0; p < count; p++) {
    let s = pick(rnd, SENTENCES);
    if (rnd() < 0.4) s += `，累计完成{{${pick(rnd, metricNames)}}}${pick(rnd, UNITS)}`;
    parts.push(`${s}。`);
  }
  return parts.join(rnd() < 0.3 ? '\n' : '');
}

export const INSERT_TITLE = '基准插入：八段两千字';
/** The end of the inserted text: the page watches for it to know the insertion has landed. */
export const INSERT_MARKER = '（基准结束）';

/** 8 paragraphs, 2,000 characters in all, no template slots (so no fill form stops the insert). */
export function insertBody() {
  const rnd = random(8);
  const paragraphs = [];
  for (let p = 0; p < 8; p++) {
    let text = `${'一二三四五六七八'[p]}是`;
    while (text.length < 250) text += pick(rnd, SENTENCES).replace(/X/g, String(3 + p)) + '。';
    paragraphs.push(text.slice(0, 250));
  }
  paragraphs[7] = paragraphs[7].slice(0, 250 - INSERT_MARKER.length) + INSERT_MARKER;
  return paragraphs.join('\n');
}

/**
 * The library: `snippets` snippets (one of them the insert snippet, newest so it is listed first),
 * `metrics` value metrics with `periods` values each, and the settings rows (sample library
 * already offered, so the panel's first-run seeding leaves the data alone).
 */
export function library({ snippets = 10_000, metrics = 2_000, periods = 5, now = Date.UTC(2026, 10, 26) } = {}) {
  const rnd = random();
  const metricRows = [];
  const names = new Set();
  for (let i = 0; metricRows.length < metrics; i++) {
    const name = `${pick(rnd, TOPICS)}${pick(rnd, TOPICS)}${pick(rnd, TOPICS)}${i}`;
    if (names.has(name)) continue;
    names.add(name);
    metricRows.push({
      id: `bench-metric-${i}`,
      name,
      kind: 'value',
      unit: pick(rnd, UNITS),
      note: '基准数据',
      tags: [],
      createdAt: now - i,
      updatedAt: now - i,
    });
  }
  const PERIODS = ['2025', '2025-H1', '2025-H2', '2025-Q4', '2024'].slice(0, periods);
  const values = metricRows.flatMap((m) =>
    PERIODS.map((period) => ({ metricId: m.id, period, value: Math.floor(rnd() * 1000), note: '', updatedAt: now })),
  );
  const metricNames = metricRows.map((m) => m.name);
  const snippetRows = [];
  for (let i = 0; i < snippets; i++) {
    const role = pick(rnd, ROLES);
    snippetRows.push({
      id: `bench-snippet-${i}`,
      title: i === 0 ? INSERT_TITLE : title(rnd, i),
      body: i === 0 ? insertBody() : body(rnd, metricNames),
      role,
      folder: pick(rnd, FOLDERS),
      tags: rnd() < 0.5 ? [pick(rnd, TOPICS)] : [],
      favorite: rnd() < 0.05,
      useCount: Math.floor(rnd() * 4),
      createdAt: now - 1_000_000 - i,
      updatedAt: i === 0 ? now : now - 1_000 - i,
      lastUsedAt: null,
      deletedAt: null,
    });
  }
  const settings = [
    { key: 'sampleLibrarySeeded', value: true },
    { key: 'currentPeriod', value: '2025' },
  ];
  return { snippets: snippetRows, metrics: metricRows, metricValues: values, settings };
}

/**
 * Checks every row against the domain's zod schemas (bundled from lib/domain/schemas.ts) and
 * returns the parsed rows, so fields the schema defaults (added in later versions) are filled in
 * as the app would store them.
 */
export function validate(data, schemas) {
  const parse = (schema, rows, what) =>
    rows.map((row) => {
      const parsed = schema.safeParse(row);
      if (!parsed.success) throw new Error(`generated ${what} does not match lib/domain/schemas.ts: ${parsed.error.message}`);
      return parsed.data;
    });
  if (new Set(data.metrics.map((m) => m.name)).size !== data.metrics.length) throw new Error('generated metric names are not unique');
  return {
    ...data,
    snippets: parse(schemas.Snippet, data.snippets, 'snippet'),
    metrics: parse(schemas.Metric, data.metrics, 'metric'),
    metricValues: parse(schemas.MetricValue, data.metricValues, 'metric value'),
  };
}

/** An original report of about `length` characters in the usual shape: outline levels, X slots, ad lines. */
export function report(length = 100_000) {
  const rnd = random(100);
  const CN = '一二三四五六七八九十';
  const lines = ['X街道党工委书记抓基层党建工作述职报告', '（本文档来自某范文网，更多范文请访问下载专区）', ''];
  let section = 0;
  while (lines.join('\n').length < length) {
    lines.push(`${CN[section % 10]}、${pick(rnd, TOPICS)}${pick(rnd, TOPICS)}工作情况`);
    for (let sub = 0; sub < 4; sub++) {
      lines.push(`（${CN[sub]}）${pick(rnd, TOPICS)}${pick(rnd, TOPICS)}更加扎实。`);
      let para = '';
      for (let k = 0; k < 3; k++) {
        para += `${CN[k]}是${pick(rnd, SENTENCES)}，召开X次${pick(rnd, TOPICS)}会议，覆盖X${pick(rnd, UNITS)}${pick(rnd, TOPICS)}。`;
      }
      lines.push(para);
      lines.push(`1.投入资金X万元,其中${pick(rnd, TOPICS)}经费X万元、X社区${pick(rnd, TOPICS)}经费X万兀。`);
      if (rnd() < 0.2) lines.push('下载本文档请扫码关注公众号');
    }
    section++;
  }
  return lines.join('\n').slice(0, length);
}
