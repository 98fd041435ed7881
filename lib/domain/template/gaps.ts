// An optional part switched off leaves a gap, and the punctuation on either side of it may no
// longer fit: 「完成A，{{?b:完成B}}。」 would read 「完成A，。」. Each gap is closed the way a writer
// would: a pause mark before a stop drops, a line left ending in a pause ends in 。, and a line
// left starting with a mark drops it. Only the template's own text is touched, never a value.
import type { RenderedSegment } from './segments.ts';

const PAUSES = '，、；：,;:';
/** Pauses that a line cannot end with (a colon may introduce what the next lines list). */
const OPEN_PAUSES = '，、；,;';
const STOPS = '。！？.!?';
const MARKS = PAUSES + STOPS;

/** Closes, in place, the gaps at `gaps` (indexes of empty segments), left to right. */
export function closeGaps(segments: RenderedSegment[], gaps: readonly number[]): void {
  for (const gap of gaps) {
    // Dropping one mark may bring the line's end next to a pause: a few rounds settle it.
    for (let round = 0; round < 4 && closeOnce(segments, gap); round++);
  }
}

/** One step of closing a gap; false when nothing more is to be done. */
function closeOnce(segments: RenderedSegment[], gap: number): boolean {
  const before = neighbour(segments, gap, -1);
  const after = neighbour(segments, gap, 1);
  const last = before ? before.text.at(-1)! : '\n';
  const first = after ? after.text[0]! : '\n';
  if (MARKS.includes(first) && (MARKS.includes(last) || last === '\n')) {
    // 「A，」+「。」 keeps the stop; 「A，」+「，」, 「A。」+「，」 and a line start +「，」 keep what
    // came before.
    if (PAUSES.includes(last) && STOPS.includes(first) && before?.kind === 'text') before.text = before.text.slice(0, -1);
    else if (after?.kind === 'text') after.text = after.text.slice(1);
    else return false;
    return true;
  }
  if (first === '\n' && OPEN_PAUSES.includes(last) && before?.kind === 'text') before.text = `${before.text.slice(0, -1)}。`;
  return false;
}

/** The nearest segment with text on one side, within the gap's line. */
function neighbour(segments: RenderedSegment[], from: number, step: -1 | 1): RenderedSegment | undefined {
  for (let i = from + step; i >= 0 && i < segments.length; i += step) {
    if (segments[i]!.text !== '') return segments[i];
  }
  return undefined;
}
