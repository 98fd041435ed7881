// The sample library offered on first run: original text in the style of a 述职报告, with metrics
// and values, so a new user sees filled paragraphs at once. Plain data; seeding lives in lib/db.
import type { MetricKind, SnippetRole } from './schemas.ts';

export interface SampleSnippet {
  title: string;
  role: SnippetRole;
  folder: string;
  tags: string[];
  body: string;
}

export interface SampleMetric {
  name: string;
  kind: MetricKind;
  unit: string;
  note: string;
  /** Value for the sample year and for the year before (for 同比). */
  value: number | string;
  lastYear?: number | string;
  /** Tally metrics: dated entries, as month-day plus a note. */
  entries?: { monthDay: string; note: string }[];
}

const FOLDER = '述职报告/党建';

/** Every sample snippet carries this tag, shown as a mark in the list, so nobody takes one for their own. */
export const SAMPLE_TAG = '示例';

export const SAMPLE_SNIPPETS: SampleSnippet[] = [
  {
    title: '开头：年度总体情况',
    role: 'opening',
    folder: FOLDER,
    tags: ['开头'],
    body: '今年以来，在上级党委的坚强领导下，我始终把抓好党建作为最大政绩，紧扣“党建引领、服务为民”的思路，推动各项工作稳步向前。现将履职情况报告如下：',
  },
  {
    title: '主要工作：压实主体责任',
    role: 'work',
    folder: FOLDER,
    tags: ['主体责任', '会议'],
    body:
      '（一）压实责任链条，党建根基更加稳固。一是把责任扛在肩上。全年主持召开党组织专题会议{{党组织专题会议}}次，深入{{基层联系点}}等基层一线调研{{基层调研}}次，当面听取意见，现场解决难题。二是把任务落到纸上。与{{签订责任书社区}}个社区党组织逐一签订责任书，细化考核细则{{考核细则条目}}项，做到任务有清单、完成有时限。\n三是把考核用到实处。坚持季度考核、年终述职，考核结果与评先评优直接挂钩。',
  },
  {
    title: '主要工作：党员教育管理',
    role: 'work',
    folder: FOLDER,
    tags: ['党员', '培训'],
    body:
      '（二）抓实教育管理，党员队伍更有活力。组织主题党日活动{{主题党日活动}}次，举办党员集中培训{{党员培训}}期、培训{{培训党员人次}}人次；严把入口关，培养入党积极分子{{入党积极分子}}名，发展新党员{{发展党员}}名，党员队伍结构持续优化。',
  },
  {
    title: '主要工作：经费保障',
    role: 'work',
    folder: FOLDER,
    tags: ['经费'],
    body:
      '（三）加大保障力度，阵地服务更加完善。全年统筹投入党建经费{{党建投入总额}}万元，其中日常工作经费{{党建工作经费}}万元、阵地建设经费{{阵地建设经费}}万元、服务群众专项经费{{服务群众经费}}万元，新建改造党群服务站点，做到有场所、有人员、有活动。',
  },
  {
    title: '主要工作：志愿服务品牌',
    role: 'work',
    folder: FOLDER,
    tags: ['品牌', '志愿服务'],
    body:
      '（四）培育特色品牌，服务群众更有温度。以{{示范社区}}为试点打造“{{党建品牌}}”服务品牌，组建党员志愿服务队{{志愿服务队}}支，开展志愿服务{{志愿服务活动}}场次，办结为民实事{{为民办实事}}件，矛盾纠纷化解率达到{{矛盾纠纷化解率}}%。',
  },
  {
    title: '问题：督导检查不够深入',
    role: 'problem',
    folder: FOLDER,
    tags: ['督导'],
    body: '督导检查不够深入。了解基层情况多依赖书面汇报和电话询问，随机抽查、蹲点督导偏少，对个别社区工作进度掌握不及时。',
  },
  {
    title: '问题：各社区发展不平衡',
    role: 'problem',
    folder: FOLDER,
    tags: ['品牌'],
    body: '各社区党建工作发展不平衡。示范点建设投入较多、亮点较多，其余社区特色不明显，非公企业党组织作用发挥还不够充分。',
  },
  {
    title: '问题：党员教育方式单一',
    role: 'problem',
    folder: FOLDER,
    tags: ['党员', '培训'],
    body: '党员教育方式还比较单一。集中授课多、互动研讨少，针对年老体弱和流动党员的教育办法不多，部分党员参学热情不高。',
  },
  {
    title: '原因：思想认识有差距',
    role: 'cause',
    folder: FOLDER,
    tags: ['思想'],
    body: '思想认识有差距。对抓党建就是抓发展的认识还不够深刻，有时把党建工作当作“软任务”，精力更多放在业务工作上。',
  },
  {
    title: '原因：工作方法不够创新',
    role: 'cause',
    folder: FOLDER,
    tags: ['方法'],
    body: '工作方法不够创新。习惯沿用老办法、老经验，对新形势下党员队伍的新特点研究不够，用信息化手段服务党员的办法不多。',
  },
  {
    title: '原因：统筹推进力度不够',
    role: 'cause',
    folder: FOLDER,
    tags: ['统筹'],
    body: '统筹推进力度不够。资源安排上重点突出有余、整体兼顾不足，对薄弱社区的帮扶指导还没有形成长效机制。',
  },
  {
    title: '措施：常态化督导',
    role: 'measure',
    folder: FOLDER,
    tags: ['督导'],
    body: '推行常态化督导。每月至少安排{{计划督导次数}}次不打招呼的实地督导，建立问题台账，逐项对账销号。',
  },
  {
    title: '措施：以强带弱结对共建',
    role: 'measure',
    folder: FOLDER,
    tags: ['品牌'],
    body: '推行以强带弱结对共建。由示范社区与薄弱社区结对，共享阵地、共育骨干、共办活动，力争明年再培育{{计划新增品牌}}个特色品牌。',
  },
  {
    title: '措施：丰富教育形式',
    role: 'measure',
    folder: FOLDER,
    tags: ['党员', '培训'],
    body: '丰富党员教育形式。推行“线上微课＋线下研讨＋送学上门”相结合的方式，为行动不便的老党员定期上门送学，确保学习教育全覆盖。',
  },
  {
    title: '结尾：表态',
    role: 'closing',
    folder: FOLDER,
    tags: ['结尾'],
    body: '下一步，我将以更高标准、更实举措履行好第一责任人职责，坚持问题导向，补短板、强弱项，推动基层党建工作再上新台阶。',
  },
];

export const SAMPLE_METRICS: SampleMetric[] = [
  {
    name: '党组织专题会议',
    kind: 'tally',
    unit: '次',
    note: '会议记录本，每开一次记一笔',
    value: 0,
    entries: [
      { monthDay: '01-15', note: '年度党建工作部署' },
      { monthDay: '03-08', note: '研究发展党员计划' },
      { monthDay: '05-20', note: '主题教育推进会' },
      { monthDay: '07-01', note: '七一表彰安排' },
      { monthDay: '09-12', note: '半年考核情况通报' },
      { monthDay: '11-18', note: '年终述职准备' },
    ],
  },
  { name: '基层联系点', kind: 'text', unit: '', note: '书记本人的基层联系点', value: '滨河社区' },
  { name: '基层调研', kind: 'value', unit: '次', note: '调研记录汇总', value: 26, lastYear: 21 },
  { name: '签订责任书社区', kind: 'value', unit: '个', note: '责任书存档', value: 9, lastYear: 9 },
  { name: '考核细则条目', kind: 'value', unit: '项', note: '年度考核细则', value: 32, lastYear: 28 },
  { name: '主题党日活动', kind: 'value', unit: '次', note: '各支部活动台账合计', value: 48, lastYear: 40 },
  { name: '党员培训', kind: 'value', unit: '期', note: '组织办培训台账', value: 6, lastYear: 5 },
  { name: '培训党员人次', kind: 'value', unit: '人次', note: '签到表合计', value: 1260, lastYear: 980 },
  { name: '入党积极分子', kind: 'value', unit: '名', note: '组织关系台账', value: 12, lastYear: 10 },
  { name: '发展党员', kind: 'value', unit: '名', note: '当年转为预备党员人数', value: 5, lastYear: 4 },
  { name: '党建投入总额', kind: 'value', unit: '万元', note: '财政所决算口径', value: 86.5, lastYear: 72 },
  { name: '党建工作经费', kind: 'value', unit: '万元', note: '财政所决算口径', value: 30, lastYear: 28 },
  { name: '阵地建设经费', kind: 'value', unit: '万元', note: '项目结算单', value: 36.5, lastYear: 26 },
  { name: '服务群众经费', kind: 'value', unit: '万元', note: '专项资金台账', value: 20, lastYear: 18 },
  { name: '示范社区', kind: 'text', unit: '', note: '', value: '滨河社区' },
  { name: '党建品牌', kind: 'text', unit: '', note: '', value: '红帆驿站' },
  { name: '志愿服务队', kind: 'value', unit: '支', note: '', value: 14, lastYear: 11 },
  { name: '志愿服务活动', kind: 'value', unit: '场次', note: '志愿服务平台导出', value: 215, lastYear: 170 },
  { name: '为民办实事', kind: 'value', unit: '件', note: '民生实事台账', value: 37, lastYear: 30 },
  { name: '矛盾纠纷化解率', kind: 'value', unit: '%', note: '综治中心统计', value: 98.6, lastYear: 97.9 },
];

/** How the sample problems link to their causes and measures (by snippet title). */
export interface SampleProblemSet {
  problem: string;
  causes: string[];
  measures: string[];
  owner: string;
  deadline: string;
}

export const SAMPLE_PROBLEM_SETS: SampleProblemSet[] = [
  { problem: '问题：督导检查不够深入', causes: ['原因：思想认识有差距', '原因：统筹推进力度不够'], measures: ['措施：常态化督导'], owner: '党建办', deadline: '长期坚持' },
  { problem: '问题：各社区发展不平衡', causes: ['原因：统筹推进力度不够', '原因：工作方法不够创新'], measures: ['措施：以强带弱结对共建'], owner: '各社区党组织', deadline: '明年底前' },
  { problem: '问题：党员教育方式单一', causes: ['原因：工作方法不够创新'], measures: ['措施：丰富教育形式'], owner: '组织委员', deadline: '明年6月底前' },
];
