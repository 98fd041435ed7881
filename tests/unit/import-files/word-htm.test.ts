// @vitest-environment jsdom
// A report Word saved as a web page (另存为网页, .htm): its list numbers sit in mso-list spans
// inside conditional comments, its paragraphs carry <o:p> and &nbsp;, a table keeps its cells. The
// numbers, headings and cells must come through as text, one line per paragraph, one line of
// tab-separated cells per table row.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/import-files/html.ts';
import { parseImport } from '../../../lib/import-files/parse.ts';

const WORD_PAGE = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
<p class=MsoTitle align=center><span style='font-family:方正小标宋简体'>县司法局2024年法治宣传工作总结<o:p></o:p></span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span>今年以来，县司法局紧扣“八五”普法规划，推动法治宣传教育走深走实。<o:p></o:p></span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]><span>主要工作<o:p></o:p></span></p>
<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>（一）</span><![endif]><span>普法阵地持续拓展。</span><span>新建法治文化广场3个、法治宣传长廊12处。<o:p></o:p></span></p>
<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>（二）</span><![endif]><span>重点对象学法常态化。全年组织领导干部旁听庭审2场、参训<span lang=EN-US>1,260</span>人次。<o:p></o:p></span></p>
<table class=MsoTableGrid border=1><tr><td><p>项目</p></td><td><p>完成数</p></td></tr><tr><td><p>法治讲座</p></td><td><p>86场</p></td></tr></table>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>二、</span><![endif]><span>存在问题<o:p></o:p></span></p>
<p class=MsoNormal><span>一是普法形式创新不够。二是基层普法力量薄弱。<o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal align=right><span>县司法局<o:p></o:p></span></p>
<p class=MsoNormal align=right><span lang=EN-US>2024</span><span>年<span lang=EN-US>12</span>月<span lang=EN-US>20</span>日<o:p></o:p></span></p>
</div></body></html>`;

describe('a report Word saved as a web page', () => {
  it('keeps Word’s list numbers, every paragraph on its line, and no markup or style', () => {
    const lines = htmlToText(WORD_PAGE, window).split('\n');
    expect(lines).toEqual([
      '县司法局2024年法治宣传工作总结',
      '今年以来，县司法局紧扣“八五”普法规划，推动法治宣传教育走深走实。',
      '一、 主要工作',
      '（一）普法阵地持续拓展。新建法治文化广场3个、法治宣传长廊12处。',
      '（二）重点对象学法常态化。全年组织领导干部旁听庭审2场、参训1,260人次。',
      '项目\t完成数',
      '法治讲座\t86场',
      '二、存在问题',
      '一是普法形式创新不够。二是基层普法力量薄弱。',
      '县司法局',
      '2024年12月20日',
    ]);
  });

  it('imports with its outline and its ending', async () => {
    const preview = await parseImport({ kind: 'text', text: htmlToText(WORD_PAGE, window) });
    expect(preview.title).toBe('县司法局2024年法治宣传工作总结');
    expect(preview.headings.map((h) => h.text)).toEqual(['主要工作', '普法阵地持续拓展', '重点对象学法常态化', '存在问题']);
    expect(preview.proposals.find((p) => p.role === 'closing')?.original).toBe('县司法局\n2024年12月20日');
  });
});
