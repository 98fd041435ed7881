// What an advertising or watermark line looks like. Sites that sell report templates stamp them
// with contact numbers, "for study only" notices, their name and subscription pitches.
//
// Strong signs (a QQ number, a URL, a page number) remove any line. Keyword signs are phrases a
// report could in principle contain, so they apply only to lines without an outline marker and of
// modest length — a real report paragraph is rarely short and unnumbered *and* says 仅供参考.

export type NoiseReason =
  | 'contact'
  | 'restriction'
  | 'compiled-by'
  | 'source'
  | 'site'
  | 'promotion'
  | 'page-number'
  | 'decoration'
  | 'repeated'
  | 'trailing-ad'
  | 'junk'
  | 'web-page'
  | 'contents';

/** Every reason, for the panel's words (locales: import.noiseReason.<reason>) and their test. */
export const NOISE_REASONS: readonly NoiseReason[] = ['contact', 'restriction', 'compiled-by', 'source', 'site', 'promotion', 'page-number', 'decoration', 'repeated', 'trailing-ad', 'junk', 'web-page', 'contents'];

/** Words only a seller's line carries; a URL or a repeat beside them is an advert for sure. */
export const AD_MARKERS = /QQ|微信|公众号|下载|文库|范文|仅供|会员|VIP|扫码|转载|侵权|请访问/i;

type Rule = readonly [NoiseReason, RegExp];

export const STRONG_RULES: readonly Rule[] = [
  // An ID or phone number right after the app's name; a bare mobile number; an e-mail address.
  ['contact', /(?:QQ|扣扣|微信|VX|WX|v信|薇信)\s*(?:号|群)?\s*[:：]?\s*[1-9]\d{4,}/i],
  ['contact', /(?<!\d)1[3-9]\d{9}(?!\d)/],
  ['contact', /[\w.-]+@[\w-]+\.[a-z]{2,}/i],
  ['site', /https?:\/\/|www\.|\b[\w-]+\.(?:com|cn|net|org|cc|top|vip)\b/i],
  // 第 3 页 共 10 页, 第3页/共10页, - 3 -, 3/10, Page 3 of 10, or a lone number.
  ['page-number', /^第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?$/],
  ['page-number', /^共\s*\d+\s*页\s*[,，/／]?\s*第\s*\d+\s*页$/],
  ['page-number', /^[-—–－]\s*\d+\s*[-—–－]$/],
  ['page-number', /^\d+\s*[/／]\s*\d+$/],
  ['page-number', /^page\s*\d+(?:\s*of\s*\d+)?$/i],
  ['page-number', /^\d{1,4}$/],
  // A running header or footer printed on the page number's line: 县教育局2024年工作总结  第 1 页，共 3 页.
  ['page-number', /^[^。；;，,！？!?]{1,40}?[ \u3000]{2,}(?:第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|[-—–－]\s*\d+\s*[-—–－]|\d+\s*[/／]\s*\d+)$/],
  ['page-number', /^(?:第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|[-—–－]\s*\d+\s*[-—–－])[ \u3000]{2,}[^。；;，,！？!?]{1,40}$/],
  // Nothing but symbols: ———, ****, ~~~~, ……; a 公众号 article's end mark (- END -).
  ['decoration', /^[^\p{L}\p{N}]+$/u],
  ['decoration', /^[-—–－=·•\s]*(?:END|THE\s*END|完)[-—–－=·•\s]*$/i],
  // …or a news item's, in brackets: （完）, 【完】, (END).
  ['decoration', /^[（(【[]\s*(?:完|END|全文完)\s*[)）】\]]$/i],
  // What a chat or a web page shows in place of a picture, a video or a file: [图片], 【视频】.
  ['decoration', /^[[【]\s*(?:图片|视频|语音|表情|动画表情|链接|文件|位置|图|音频)\s*[\]】]$/],
];

export const KEYWORD_RULES: readonly Rule[] = [
  ['restriction', /仅供(?:学习|参考|内部|个人|交流|阅读|研究|欣赏)|(?:禁止|严禁|请勿)(?:外传|转载|传播|商用|复制|倒卖)|用后(?:删除|即删|请删)/],
  ['restriction', /版权(?:所有|归|声明)|侵权(?:必究|删|请联系|联系)|如有侵权|违者(?:必究|后果自负)/],
  // "<name>整理，…" at the start of a line: the compiler signing the document.
  ['compiled-by', /^[【[（(]?[\p{L}\p{N}]{1,12}(?:收集|搜集|编辑)?整理(?:[，,。！!：:\s】\]）)]|$)/u],
  ['source', /^(?:本文|本资料|本篇|文章|资料)(?:由|来自|来源|转自|出自)|^(?:来源|出处|原文链接|原文地址|文章来源)\s*[:：]|转载(?:请|自|须)/],
  // A bulletin item's credits, in brackets or not: （来源：县农业农村局 编辑：刘某 审核：陈某）.
  ['source', /^[（(【[]?\s*(?:来源|信息来源|稿源|供稿|撰稿|作者|通讯员|编辑|责任编辑|责编)\s*[:：][^（）()【】[\]]{0,30}?(?:编辑|审核|审稿|校对|签发|责编|核稿)\s*[:：][^（）()【】[\]]{0,20}[）)】\]]?$/],
  ['site', /(?:范文|文秘|公文|文库|写作|材料|资料)(?:网|站|吧)(?![\p{Script=Han}])/u],
  // A document-selling site's name or pitch: 范文文库, 精品范文, 请访问文库.
  ['site', /文库|精品范文|范文大全|(?:更多|优秀|经典)范文/],
  ['promotion', /(?:免费|点击|扫码|立即|一键|付费)下载|下载(?:地址|链接|完整|全文|本文)|完整版(?:资料|请|可)|获取完整/],
  ['promotion', /(?:关注|添加|加)(?:公众号|微信号|我们|本号|本站|客服)|扫码(?:关注|添加|加入|领取)|欢迎(?:关注|订阅|转发)|公众号\s*[:：]/],
  ['promotion', /会员(?:群|资料|材料|专享|权益|专区)|(?:开通|加入|升级|成为)(?:VIP|会员)|\bVIP\b|立享|倒卖|咨询.{0,6}(?:QQ|微信|客服)/i],
  ['contact', /(?:QQ|微信)(?:号|群)?\s*[:：]/i],
  // A web page's own furniture copied with the article: where it sits (首页 > 工作动态), when and by
  // whom it was posted and how often read, its buttons, the links to the next article, the footer.
  ['web-page', /^(?:当前位置|您现在的位置|您的位置|所在位置)\s*[:：]|^(?:网站)?首页\s*[>＞»›→]|^(?:[^>＞»›\s]{1,12}\s*[>＞»›]\s*){2,}[^>＞»›]{1,24}$/],
  ['web-page', /^(?:发布时间|发布日期|更新时间|发稿时间|阅读次数|浏览次数|点击次数|访问次数|阅读量|浏览量|点击量|责任编辑|文章编辑|编辑|作者|字号|字体)\s*[:：]/],
  // …anywhere in a line that is no sentence (a report may say 总阅读量：12万人次。).
  ['web-page', /^(?!.*[。；]).*(?:发布时间|发布日期|阅读次数|浏览次数|点击次数|阅读量|浏览量|点击量)\s*[:：]/],
  ['web-page', /打印本页|打印此页|关闭窗口|关闭本页|收藏本页|返回顶部|[【[](?:打印|关闭|收藏|返回|字体|字号)|分享到\s*[:：]?|^(?:上一篇|下一篇|相关链接|相关阅读|相关新闻|延伸阅读)\s*[:：]?/],
  // A 微信公众号 article's furniture: the byline under its headline (原创 团县委 青春××), when and
  // where it was posted (2024年12月30日 18:30 浙江), its credits written with ｜ (编辑｜小青), the
  // list of other articles, and the buttons under it.
  ['web-page', /^原创[ \u3000]+\S{1,16}(?:[ \u3000]+\S{1,16})?$/],
  ['web-page', /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[ \u3000]+\d{1,2}:\d{2}(?:[ \u3000]+[\p{Script=Han}]{2,8})?$/u],
  ['source', /^(?:来源|信息来源|编辑|责任编辑|责编|审核|审校|校对|初审|复审|终审|排版|美编|作者|撰稿|供稿|文字|图片|摄影|视频|通讯员|监制|出品)\s*[｜|丨]\s*\S{1,20}$/],
  ['web-page', /^(?:往期推荐|往期回顾|往期精彩|推荐阅读|精彩推荐|热文推荐|猜你喜欢|更多精彩|延伸阅读)\s*[:：]?$/],
  ['promotion', /长按(?:识别|扫描|扫码)|识别(?:图中|下方)?二维码|点击(?:上方|下方|右上角|左下角)|点击(?:蓝字|阅读原文)|^阅读原文$|^(?:分享|收藏|点赞|在看|转发|留言)(?:[ \u3000|｜]+(?:分享|收藏|点赞|在看|转发|留言)){1,5}$/],
  ['web-page', /网站标识码|ICP\s*备|公网安备|^(?:主办单位|承办单位|技术支持)\s*[:：]|^(?:网站地图|联系我们)$/i],
  // A government site's footer names who runs it in one line of fields (主办：…  承办：…).
  ['web-page', /^(?:主办|承办|协办|主管)(?:单位)?\s*[:：].{1,40}?(?:主办|承办|协办|技术支持|运行维护|版权所有)(?:单位)?\s*[:：]/],
  // The page's own link to itself on a phone (扫一扫在手机打开当前页), and the item's editor in
  // brackets under it (（责任编辑：刘某）, 【编辑：王某】).
  ['promotion', /^(?:手机|微信)?扫一扫[^。；，,]{0,16}$|在手机(?:上)?(?:打开|浏览|查看)(?:当前页|本页|此页)/],
  ['source', /^[（(【[]\s*(?:责任编辑|编辑|责编|作者|来源|信息来源|稿源|供稿|撰稿|通讯员|审核|校对|摄影)\s*[:：][^（）()【】[\]。；，,]{1,24}[)）】\]]$/],
  // A bar of links: three or more short names between | (生态环境部 | 省生态环境厅 | 市人民政府).
  ['web-page', /^[^|｜]{1,16}(?:\s*[|｜]\s*[^|｜]{1,16}){2,}$/],
];

/** Longer than this and a line is report prose, whatever phrases it holds. */
export const KEYWORD_MAX_LENGTH = 100;
