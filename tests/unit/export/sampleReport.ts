// A sample 述职报告 for the export tests and the LibreOffice render (scripts/render-docx.mjs): all four
// heading levels, snippets, a problem set, free text, an unfilled slot, long enough for three pages
// so both the odd and the even footer show. The text is written for this project.
import { renderReport, type Report, type ReportDocument, type ReportResolver } from '../../../lib/domain/report/index.ts';

const SNIPPETS: Record<string, string[]> = {
  study: [
    '坚持把理论学习作为履职的基础，全年参加中心组学习12次，撰写学习体会4篇，围绕年度重点任务开展专题研讨，做到学有所思、思有所得。',
    '注重把学习成果转化为工作思路，结合分管领域实际提出改进措施9条，其中7条已落实到具体工作中。',
  ],
  tasks: [
    '聚焦年度目标任务，逐项分解责任，建立月调度、季通报工作机制，全年牵头推进重点项目【重点项目个数】个，完成投资2.35亿元，同比增长12.5%。',
    '在推进过程中，一是抓统筹，定期召开协调会解决堵点问题；二是抓进度，对滞后事项挂牌督办；三是抓质量，坚持验收标准不降低。',
  ],
  service: ['深入基层开展调研21次，收集意见建议56条，推动解决群众反映集中的问题14件，回访满意率保持在较高水平。'],
  integrity: [
    '严格执行廉洁自律各项规定，带头落实“一岗双责”，对分管科室定期开展提醒谈话，全年未发生违规违纪问题。',
    '自觉接受组织和群众监督，如实报告个人有关事项，工作生活中始终做到自重、自省、自警、自励。',
  ],
  next: [
    '一是持续加强学习，不断提高运用理论指导实践的能力。二是突出抓好落实，对照年度目标逐项推进，确保各项任务按期完成。三是坚持从严要求，以更高标准履行好岗位职责。',
  ],
};

const PROBLEMS = ['（一）理论学习还不够系统深入，学用结合还有差距。', '（二）调查研究还不够经常，对新情况新问题的研究不够透彻。', '（三）工作创新意识还不够强，有的工作习惯于按部就班。'];

export const sampleResolver: ReportResolver = {
  snippet: (id) => (SNIPPETS[id] ? { paragraphs: SNIPPETS[id]!, missing: id === 'tasks' ? ['重点项目个数'] : [] } : null),
  problemSet: (id) => (id === 'problems' ? { paragraphs: PROBLEMS } : null),
};

const s = (snippetId: string) => ({ kind: 'snippet' as const, snippetId });

export const sampleReport: Report = {
  id: 'sample',
  title: '2025年度述职报告',
  period: '2025',
  author: { unit: '某某县发展和改革局', name: '王某某', post: '副局长' },
  opening: [{ kind: 'text', text: '按照年度考核工作安排，现将本人一年来履行岗位职责情况报告如下：' }],
  parts: [
    {
      id: 'duty',
      heading: '履职尽责情况',
      blocks: [],
      children: [
        { id: 'study', heading: '加强学习，提升能力', blocks: [s('study')], children: [] },
        {
          id: 'work',
          heading: '围绕中心，推动工作',
          blocks: [],
          children: [
            {
              id: 'projects',
              heading: '重点项目推进',
              blocks: [s('tasks')],
              children: [
                { id: 'invest', heading: '投资完成情况', blocks: [{ kind: 'text', text: '全年完成固定资产投资较上年有所增长，结构持续优化。' }], children: [] },
                { id: 'quality', heading: '工程质量管理', blocks: [{ kind: 'text', text: '开展质量安全检查6轮，发现问题全部整改到位。' }], children: [] },
              ],
            },
            { id: 'service', heading: '服务基层群众', blocks: [s('service')], children: [] },
          ],
        },
        { id: 'integrity', heading: '严于律己，廉洁自守', blocks: [s('integrity')], children: [] },
      ],
    },
    { id: 'lacks', heading: '存在的不足', blocks: [{ kind: 'problemSet', id: 'problems' }], children: [] },
    { id: 'next', heading: '今后努力方向', blocks: [s('next'), s('deleted-one')], children: [] },
  ],
  closing: [{ kind: 'text', text: '以上报告，请予审议。' }],
  signature: ['王某某'],
  date: '2026-01-05',
  createdAt: 0,
  updatedAt: 0,
};

export const sampleDocument = (): ReportDocument => renderReport(sampleReport, sampleResolver);
