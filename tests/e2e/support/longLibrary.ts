// A library after months of real use, added to a backup of the panel's own: titles, folders,
// metric names and units as long as the forms allow, sixty folders, a report of thirty parts with
// long headings, and a few snippets in 回收站. Every text is invented for these tests.

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

export const LONG = {
  deepFolder: '述职报告/党建/2025/第一季度/基层党组织建设/党员教育管理/主题党日活动材料汇编',
  folder: '述职报告/党建/2025/第一季度',
  snippetTitle: '主要工作：坚持以党建引领基层治理，推动社区党组织书记述职评议考核全覆盖并建立问题清单整改台账',
  choiceTitle: '措施：围绕年度重点任务持续深化党员干部作风建设，开展常态化监督检查',
  /** 60 characters, the most a metric's name may have. */
  metricName: '全年组织开展党员干部集中轮训和专题辅导讲座以及各类主题党日活动累计参训党员人次数合计',
  /** 20 characters, the most a unit may have. */
  metricUnit: '人次（含线上线下各类培训形式合计）',
  reportTitle: '关于二〇二五年度街道党工委书记抓基层党建工作述职评议考核情况及下一步工作打算的报告',
  partHeading: '持续深化党建引领基层治理，推动社区党组织书记述职评议考核全覆盖并建立问题清单整改台账的主要做法',
  packName: '街道党工委述职评议考核规范表述和常用段落资料包（第一季度修订版）',
  packFolder: '述职报告/党建/规范表述/基层党组织建设/书记抓党建责任制',
  /** A report the office's pack carries: it opens for reading until the writer copies it or edits anyway. */
  packReportTitle: '关于街道党工委书记抓基层党建工作述职评议考核规范表述和全年重点任务分解落实情况的报告（资料包范本）',
  packTitles: [
    '规范表述：坚持每月召开党建工作例会研究解决基层党建重点难点问题的做法和成效',
    '规范表述：建立健全书记抓党建责任清单任务清单问题清单并逐项对账销号的主要做法',
    '规范表述：推行党员积分制管理并把积分结果与评先评优和党员民主评议挂钩的做法',
  ] as const,
  proofreadText:
    '今年以来,我们坚持以党建引领基层治理，全面推进社区党组织书记述职评议考核工作。截止11月底，累计开展主题党日活动约100次左右，培训党员3000余人次以上...下一步将进一步加强对基层党组织的督导检查力度，不断提升基层党组织的组织力和凝聚力、以及服务群众的能力水平，确保各项工作任务落到实处见到实效。',
};

interface Backup {
  snippets: object[];
  metrics: object[];
  metricValues: object[];
  reports: { title: string; parts: object[] }[];
  [table: string]: unknown;
}

const snippet = (id: string, title: string, body: string, folder: string, deletedAt: number | null = null) => ({
  id,
  title,
  body,
  role: 'work',
  folder,
  tags: ['党建引领基层治理', '述职评议考核'],
  favorite: false,
  useCount: 0,
  createdAt: START,
  updatedAt: START + DAY,
  lastUsedAt: null,
  deletedAt,
  source: '',
});

export function longLibrary(backup: Backup): Backup {
  const now = Date.now();
  const folders = Array.from({ length: 59 }, (_, i) => `${LONG.folder}/第${i + 1}个专题的学习材料汇编和会议记录`);
  backup.snippets.push(
    snippet('long-title', LONG.snippetTitle, `围绕{{${LONG.metricName}}}这一指标，全年共组织开展各类学习活动，参训党员积极性明显提高。`, LONG.deepFolder),
    snippet(
      'long-choice',
      LONG.choiceTitle,
      `截至{{本期末}}，全街道监督检查工作{{选:持续稳步推进并超额完成全年目标任务|基本按计划推进|进度有所滞后}}。{{?补充说明:其中对重点领域和关键环节开展专项检查，发现的问题已全部建立台账并逐项销号。}}本期共开展督导检查{{全年对各社区党组织开展不打招呼实地督导检查的累计次数}}次。`,
      LONG.deepFolder,
    ),
    ...folders.map((folder, i) => snippet(`long-folder-${i}`, `专题学习材料第${i + 1}篇：学习贯彻会议精神的体会`, '认真学习，深刻领会，抓好落实。', folder)),
    snippet('long-trashed', `已删除：${LONG.snippetTitle}`, '这一段已放进回收站。', LONG.deepFolder, now - DAY),
  );
  backup.metrics.push({ id: 'long-metric', name: LONG.metricName, kind: 'value', unit: LONG.metricUnit, note: '按组织部年度统计口径，含线上学习平台完成课时折算的人次', tags: ['党员教育管理'], createdAt: START, updatedAt: START });
  for (const [i, period] of ['2021', '2022', '2023', '2024', '2025'].entries()) {
    backup.metricValues.push({ metricId: 'long-metric', period, value: i === 4 ? 1234567890.25 : 123456.75 + i * 1111, note: '', updatedAt: START });
  }
  const report = backup.reports[0]!;
  report.title = LONG.reportTitle;
  report.parts = Array.from({ length: 30 }, (_, i) => ({
    id: `long-part-${i}`,
    heading: i === 0 ? LONG.partHeading : `第${i + 1}部分：${LONG.partHeading.slice(0, 20 + (i % 20))}`,
    blocks: [{ kind: 'text', text: `这是第${i + 1}部分的文字。全年共开展督导检查，发现问题已全部整改到位。` }],
    children: i === 0 ? [{ id: 'long-child', heading: `${LONG.partHeading}之一`, blocks: [], children: [] }] : [],
  }));
  return backup;
}

/** A library pack published twice by the office, its titles and names as long as people make them. */
export function longPack(version: 1 | 2): object {
  const first = Date.UTC(2026, 9, 8);
  const later = Date.UTC(2026, 10, 26);
  const updatedAt = version === 1 ? first : later;
  const item = (id: string, title: string, body: string, revision: number, at = updatedAt) => ({
    id, title, body, role: 'work', folder: LONG.packFolder, tags: [], favorite: false, useCount: 0, createdAt: 1, updatedAt: at, lastUsedAt: null, deletedAt: null, source: '', revision,
  });
  const snippets =
    version === 1
      ? [item('lp-1', LONG.packTitles[0], '坚持每月召开一次党建工作例会，研究解决基层党建重点难点问题。', 1), item('lp-2', LONG.packTitles[1], '建立书记抓党建责任清单，明确年度任务和完成时限。', 1), item('lp-3', LONG.packTitles[2], '推行党员积分管理，积分结果与评先评优挂钩。', 1)]
      : [item('lp-1', LONG.packTitles[0], '坚持每半月召开一次党建工作例会，研究解决基层党建重点难点问题。', 2), item('lp-2', LONG.packTitles[1], '建立书记抓党建责任清单和问题清单，明确年度任务和完成时限。', 2)];
  return {
    format: 'report-drafter-pack',
    version: 2,
    exportedAt: updatedAt,
    pack: { id: '3e0d6f1a-52b4-4c8e-a7d9-1f6b2c8e4a90', name: LONG.packName, publisher: { unit: '东湖街道党工委组织办公室党建工作指导中心', name: '王明' }, updatedAt },
    folder: LONG.packFolder,
    snippets,
    metrics: [],
    metricValues: [],
    problemSets: [],
    // The same report in both versions: the new version asks nothing about it.
    reports: [packReport()],
  };
}

function packReport(): object {
  return {
    id: 'lp-report', title: LONG.packReportTitle, period: '2026', author: { unit: '东湖街道党工委', name: '', post: '' }, opening: [], closing: [], signature: [], date: null, createdAt: 1, updatedAt: Date.UTC(2026, 9, 8), revision: 1,
    parts: [
      { id: 'lp-part-1', heading: LONG.partHeading, blocks: [{ kind: 'text', text: '坚持每月召开一次党建工作例会，研究解决基层党建重点难点问题。' }], children: [] },
      { id: 'lp-part-2', heading: `下一步：${LONG.partHeading.slice(0, 30)}`, blocks: [{ kind: 'text', text: '建立书记抓党建责任清单，明确年度任务和完成时限。' }], children: [] },
    ],
  };
}
