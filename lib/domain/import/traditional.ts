// A report typed in traditional characters (繁体: 特此報告, ××鎮人民政府辦公室, 述職人) reads as the
// same report. The rules that find its ending, its closing and the names of its blanks are written
// in simplified characters, so they read the text through this fold. One character for one, so an
// index into the folded text is an index into the text as written, which is never changed.
const PAIRS =
  '報报匯汇說说請请謝谢職职處处評评審审議议檢检對对發发講讲單单鎮镇鄉乡縣县區区會会組组辦办廳厅黨党團团館馆隊队學学醫医門门書书記记長长員员經经濟济業业務务總总結结劃划見见導导領领屬属統统計计財财產产農农園园電电話话聯联係系紀纪號号為为與与達达機机關关鄰邻輔辅衛卫環环場场網网項项設设備备實实踐践體体現现歡欢並并幹干擬拟轉转屆届編编訊讯聞闻紹绍圖图廠厂礦矿鐵铁鋼钢鎖锁際际陳陈張张劉刘趙赵楊杨吳吴黃黄週周鄭郑孫孙馬马羅罗許许';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);
// Every traditional character of the table: the rules call this on every paragraph, nearly all of
// them simplified already, which then come back as they are without being copied.
const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

/** The text with its traditional characters written simplified, one for one. */
export function simplified(text: string): string {
  return text.replace(TRADITIONAL, (ch) => MAP.get(ch)!);
}
