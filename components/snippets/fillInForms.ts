// What typing `{{` in the snippet editor offers besides metric names: every fill-in by its Chinese
// name with a one-line example, so nobody has to learn how it is written. Examples that depend on
// the user's data (today, this period, the profile) are rendered live through `sample`.
import { i18n } from '#i18n';

export interface Suggestion {
  /** What the list shows: the name, and one line under it. */
  name: string;
  example: string;
  /** The text put between the braces. */
  insert: string;
  /** Where the caret goes, counted from the start of `insert`; after the closing braces if unset. */
  caret?: number;
}

/** The words a fill-in is offered under, besides its name (its written form: 选, ?, >, 升降 …). */
export interface FillInSuggestion extends Suggestion {
  keywords: string;
}

/**
 * Every fill-in. `sample` renders a template source with the user's period, profile and clock, or
 * gives '' when it cannot be filled (a profile field not yet typed).
 */
export function fillInSuggestions(sample: (source: string) => string, metric: string | undefined, snippetTitle: string | undefined): FillInSuggestion[] {
  const forms = i18n.t;
  const value = (source: string) => sample(source);
  const profile = (source: string, example: string) => {
    const text = value(source);
    return text === '' ? forms('template.forms.profileEmpty') : example.replace('\u0000', text);
  };
  return [
    { name: forms('template.forms.choice.name'), example: forms('template.forms.choice.example', { value: '增长' }), insert: '选:增长|下降|持平', keywords: '选' },
    { name: forms('template.forms.optional.name'), example: forms('template.forms.optional.example'), insert: '?说明:', caret: 4, keywords: '?？可选' },
    { name: forms('template.forms.sign.name'), example: forms('template.forms.sign.example'), insert: `= 同比(${metric ?? '营业收入'}) |升降`, keywords: '升降同比' },
    { name: forms('template.forms.today.name'), example: forms('template.forms.today.example', { value: value('{{今天}}') }), insert: '今天', keywords: '今天日期' },
    { name: forms('template.forms.todayChinese.name'), example: forms('template.forms.todayChinese.example', { value: value('{{今天|中文}}') }), insert: '今天|中文', keywords: '今天日期中文' },
    { name: forms('template.forms.period.name'), example: forms('template.forms.period.example', { value: value('{{本期}}') }), insert: '本期', keywords: '本期' },
    { name: forms('template.forms.periodEnd.name'), example: forms('template.forms.periodEnd.example', { value: value('{{本期末}}') }), insert: '本期末', keywords: '本期末截至' },
    { name: forms('template.forms.samePeriodLastYear.name'), example: forms('template.forms.samePeriodLastYear.example', { value: value('{{上年同期}}') }), insert: '上年同期', keywords: '上年同期去年' },
    { name: forms('template.forms.thisYear.name'), example: forms('template.forms.thisYear.example', { value: value('{{本年}}') }), insert: '本年', keywords: '本年今年' },
    { name: forms('template.forms.lastYear.name'), example: forms('template.forms.lastYear.example', { value: value('{{上年}}') }), insert: '上年', keywords: '上年去年' },
    { name: forms('template.forms.unit.name'), example: profile('{{单位}}', forms('template.forms.unit.example', { value: '\u0000' })), insert: '单位', keywords: '单位' },
    { name: forms('template.forms.name.name'), example: profile('{{姓名}}', forms('template.forms.name.example', { value: '\u0000' })), insert: '姓名', keywords: '姓名' },
    { name: forms('template.forms.post.name'), example: profile('{{职务}}', forms('template.forms.post.example', { value: '\u0000' })), insert: '职务', keywords: '职务' },
    { name: forms('template.forms.include.name'), example: forms('template.forms.include.example', { value: snippetTitle ?? '开头语' }), insert: '>', caret: 1, keywords: '>＞片段' },
  ];
}
