// Running numbered items together in one paragraph (一是…二是…三是…), as reports write causes.
// Each item must end so the next can start: a sentence end is kept, a trailing comma or 、 becomes
// the separator, and an item with no punctuation gets one — ； between items, 。 at the end — so
// the run never reads 认识有差距二是 nor 认识有差距。；二是.

const SENTENCE_END = /[。！？!?…]$/;
const CLAUSE_END = /[；;]$/;
const WEAK_END = /[，,、：:]$/;
// Closing quotes and brackets that may follow a sentence's own end: 。” or 。）.
const CLOSERS = /[”’」』》"']+$/;

/** The items' paragraphs joined into one paragraph with the right punctuation between them. */
export function joinInline(items: readonly (readonly string[])[]): string {
  const units = items.flat().map((p) => p.trim()).filter((p) => p !== '');
  return units.map((unit, i) => endWith(unit, i === units.length - 1 ? '。' : '；')).join('');
}

function endWith(unit: string, mark: '。' | '；'): string {
  const core = unit.replace(CLOSERS, '');
  const closers = unit.slice(core.length);
  if (SENTENCE_END.test(core)) return unit;
  if (CLAUSE_END.test(core)) return mark === '。' && closers === '' ? core.slice(0, -1) + mark : unit;
  if (WEAK_END.test(core) && closers === '') return core.slice(0, -1) + mark;
  if (endsWithNoteAfterSentence(unit)) return unit;
  return unit + mark;
}

/** 常态督导。（责任单位：组织办） — a bracketed note after a finished sentence ends the item too. */
function endsWithNoteAfterSentence(unit: string): boolean {
  if (!/[）)]$/.test(unit)) return false;
  let depth = 0;
  for (let i = unit.length - 1; i >= 0; i--) {
    const char = unit[i]!;
    if (char === '）' || char === ')') depth++;
    else if (char === '（' || char === '(') depth--;
    if (depth === 0) return SENTENCE_END.test(unit.slice(0, i)) || CLAUSE_END.test(unit.slice(0, i));
  }
  return false;
}
