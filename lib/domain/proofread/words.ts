// Word lists: a small default list of confusions with one right answer, and the office's own lists
// (lib/domain/wordList.ts): 规范表述 (wrong → right), banned words, and short names of institutions
// whose first mention must be the full name. A list's note travels on the finding to the user.
import { patternRule, type Hit, type Rule } from './types.ts';

export interface Term {
  wrong: string;
  right: string;
}

/** Unambiguous confusions: the wrong form is never right in a report. Shareable as a pack. */
export const DEFAULT_TERMS: readonly Term[] = [
  { wrong: '万兀', right: '万元' },
  { wrong: '做为', right: '作为' },
  { wrong: '再接再励', right: '再接再厉' },
  { wrong: '按步就班', right: '按部就班' },
  { wrong: '责无旁代', right: '责无旁贷' },
  { wrong: '不径而走', right: '不胫而走' },
  { wrong: '默守成规', right: '墨守成规' },
  { wrong: '明查暗访', right: '明察暗访' },
  { wrong: '既往不究', right: '既往不咎' },
  { wrong: '一愁莫展', right: '一筹莫展' },
  { wrong: '迫不急待', right: '迫不及待' },
  { wrong: '走头无路', right: '走投无路' },
  { wrong: '甘败下风', right: '甘拜下风' },
  { wrong: '食不裹腹', right: '食不果腹' },
  { wrong: '穿流不息', right: '川流不息' },
  { wrong: '布署', right: '部署' },
  { wrong: '一股作气', right: '一鼓作气' },
  { wrong: '谈笑风声', right: '谈笑风生' },
  { wrong: '发韧', right: '发轫' },
  { wrong: '凑和', right: '凑合' },
  // Idioms and words miswritten in reports: none of the wrong forms is a word.
  { wrong: '震憾', right: '震撼' },
  { wrong: '松驰', right: '松弛' },
  { wrong: '针贬', right: '针砭' },
  { wrong: '脉博', right: '脉搏' },
  { wrong: '一如继往', right: '一如既往' },
  { wrong: '既往开来', right: '继往开来' },
  { wrong: '励行节约', right: '厉行节约' },
  { wrong: '贯切落实', right: '贯彻落实' },
  { wrong: '入场卷', right: '入场券' },
  { wrong: '气慨', right: '气概' },
  { wrong: '沉缅', right: '沉湎' },
  { wrong: '出奇不意', right: '出其不意' },
  { wrong: '美仑美奂', right: '美轮美奂' },
  { wrong: '相辅相承', right: '相辅相成' },
  { wrong: '再所难免', right: '在所难免' },
  { wrong: '陈词烂调', right: '陈词滥调' },
  { wrong: '变本加利', right: '变本加厉' },
  { wrong: '提纲携领', right: '提纲挈领' },
  { wrong: '一张一驰', right: '一张一弛' },
  { wrong: '歪风斜气', right: '歪风邪气' },
  { wrong: '迫在眉捷', right: '迫在眉睫' },
  { wrong: '貌和神离', right: '貌合神离' },
  { wrong: '凭心而论', right: '平心而论' },
  { wrong: '名幅其实', right: '名副其实' },
  { wrong: '竭泽而鱼', right: '竭泽而渔' },
  { wrong: '不落巢臼', right: '不落窠臼' },
  { wrong: '常年累月', right: '长年累月' },
  { wrong: '出类拔粹', right: '出类拔萃' },
  { wrong: '殚精竭力', right: '殚精竭虑' },
  { wrong: '精兵减政', right: '精兵简政' },
  { wrong: '励精图志', right: '励精图治' },
  { wrong: '标新立意', right: '标新立异' },
  { wrong: '真知卓见', right: '真知灼见' },
  { wrong: '按图索冀', right: '按图索骥' },
  { wrong: '墨守陈规', right: '墨守成规' },
  { wrong: '鞠躬尽粹', right: '鞠躬尽瘁' },
  { wrong: '坚苦奋斗', right: '艰苦奋斗' },
  { wrong: '坚苦卓绝', right: '艰苦卓绝' },
  { wrong: '竞竞业业', right: '兢兢业业' },
  { wrong: '融汇贯通', right: '融会贯通' },
  { wrong: '人才倍出', right: '人才辈出' },
  { wrong: '大相经庭', right: '大相径庭' },
  { wrong: '不加思索', right: '不假思索' },
  { wrong: '直接了当', right: '直截了当' },
  { wrong: '举一返三', right: '举一反三' },
  { wrong: '不容质疑', right: '不容置疑' },
  { wrong: '毋容置疑', right: '毋庸置疑' },
  { wrong: '以身作责', right: '以身作则' },
  { wrong: '事必恭亲', right: '事必躬亲' },
  { wrong: '百尺杆头', right: '百尺竿头' },
  { wrong: '蛛丝蚂迹', right: '蛛丝马迹' },
  { wrong: '重蹈复辙', right: '重蹈覆辙' },
  { wrong: '侯选人', right: '候选人' },
  { wrong: '急燥', right: '急躁' },
  { wrong: '幅射', right: '辐射' },
  { wrong: '重迭', right: '重叠' },
  { wrong: '峻工', right: '竣工' },
];

/**
 * Where a default confusion is two right words side by side, not the miswritten one: 拼凑和, 发布署名,
 * 多做为群众办实事. A hit with either of these before or after it is left alone.
 */
const NOT_A_CONFUSION: Readonly<Record<string, { before?: RegExp; after?: RegExp }>> = {
  凑和: { before: /[拼西紧]$/ },
  布署: { before: /[发公颁宣]$/, after: /^名/ },
  做为: { after: /^(?:民|群众|人民|百姓|老百姓|基层|企业|大家|社会|国家|党)/ },
};

function isConfusion(text: string, hit: Hit, wrong: string): boolean {
  const context = NOT_A_CONFUSION[wrong];
  if (!context) return true;
  const before = text.slice(Math.max(0, hit.start - 3), hit.start);
  const after = text.slice(hit.end, hit.end + 3);
  return !(context.before?.test(before) || context.after?.test(after));
}

/** Every occurrence of `wrong` that is not part of an occurrence of `right` (人社局 inside 县人社局). */
export function termHits(text: string, { wrong, right }: Term): Hit[] {
  if (wrong === '') return [];
  const inRight: [number, number][] = [];
  if (right !== '' && right.includes(wrong)) {
    for (let i = text.indexOf(right); i !== -1; i = text.indexOf(right, i + 1)) inRight.push([i, i + right.length]);
  }
  const hits: Hit[] = [];
  for (let i = text.indexOf(wrong); i !== -1; i = text.indexOf(wrong, i + wrong.length)) {
    const end = i + wrong.length;
    if (!inRight.some(([s, e]) => s <= i && end <= e)) hits.push({ start: i, end, fix: right });
  }
  return hits;
}

/** Hits that cover the same span as an earlier one are dropped (two lists may hold one word). */
function firstPerSpan(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.start}|${h.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const withNote = (hit: Hit, note: string | undefined): Hit => (note ? { ...hit, note } : hit);

/**
 * The first mention of an institution by its short name, when the full name has not been written
 * before it: that one mention is flagged, fixed to the full name. A short name inside the full one
 * (人社局 in 县人社局 when that is the full name) is not a mention of it.
 */
export function fullNameHit(text: string, { short, full }: { short: string; full: string }): Hit | null {
  if (short === '' || full === '' || short === full) return null;
  const first = termHits(text, { wrong: short, right: full })[0];
  if (!first) return null;
  const fullAt = text.indexOf(full);
  return fullAt !== -1 && fullAt < first.start ? null : first;
}

export const WORD_RULES: Rule[] = [
  {
    code: 'words.confusion',
    severity: 'error',
    clause: null,
    check: (text) => DEFAULT_TERMS.flatMap((term) => termHits(text, term).filter((hit) => isConfusion(text, hit, term.wrong))),
  },
  patternRule({
    code: 'words.cutoff',
    severity: 'error',
    clause: null,
    // 截止 is when something stops (截止日期, 报名截止7月10日); up to a date is 截至.
    pattern: /(?<!报名|申报|申请|投标|报送|征集|受理|提交|缴费|注册|登记|预约|评选|推荐|征订|认购)截止(?:到|至)?(?=\d|[一二三四五六七八九十]+月|今年|去年|目前|本月|上月|年底|年初|当前|本季度|上半年)/g,
    fix: () => '截至',
  }),
  {
    code: 'words.term',
    severity: 'warning',
    clause: null,
    check: (text, options) =>
      firstPerSpan(
        (options.terms ?? [])
          .filter((t) => t.wrong !== t.right)
          .flatMap((term) => termHits(text, term).map((hit) => withNote(hit, term.note))),
      ),
  },
  {
    code: 'words.banned',
    severity: 'error',
    clause: null,
    check: (text, options) =>
      firstPerSpan(
        (options.banned ?? []).flatMap((entry) => {
          const { word, note } = typeof entry === 'string' ? { word: entry, note: undefined } : entry;
          return termHits(text, { wrong: word, right: '' }).map(({ start, end }) => withNote({ start, end }, note));
        }),
      ),
  },
  {
    code: 'words.fullName',
    severity: 'warning',
    clause: null,
    check: (text, options) => firstPerSpan((options.fullNames ?? []).flatMap((name) => fullNameHit(text, name) ?? [])),
  },
];
