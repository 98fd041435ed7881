// One field of every snippet joined into one string, so that one indexOf per matching snippet finds
// them all. Searching 10,000 short strings one by one cost ~100 ns each, mostly waiting on memory
// (the strings lie all over the heap); one long string is read straight through: about 0.2 ms for
// a letter found in 8,000 titles' initials. Snippets are joined with "\n": a query term never holds
// whitespace, so a match never runs from one snippet into the next.

export class Corpus {
  private readonly text: string;
  /** Where each snippet's text starts in `text`, and one past the end. */
  private readonly starts: Int32Array;
  /** Latin letters (fields.ts) found anywhere: a term needing others is not looked for. */
  private readonly letters: number;
  /** Pinyin only: per snippet, whether its first kept character is the field's character 0. */
  private readonly char0: Uint8Array | null;
  /** Full pinyin only: 1 where a syllable starts; matches must start there. */
  private readonly syllables: Uint8Array | null;

  constructor(texts: readonly string[], letters: number, pinyin?: { char0: Uint8Array; fullStarts?: readonly (readonly number[] | undefined)[] }) {
    this.text = texts.join('\n');
    this.starts = new Int32Array(texts.length + 1);
    let at = 0;
    for (let i = 0; i < texts.length; i++) {
      this.starts[i] = at;
      at += texts[i]!.length + 1;
    }
    this.starts[texts.length] = at;
    this.letters = letters;
    this.char0 = pinyin?.char0 ?? null;
    this.syllables = pinyin?.fullStarts ? syllableStarts(this.text.length, this.starts, pinyin.fullStarts) : null;
  }

  /**
   * For each snippet i not yet scored (scores[i] === -1) whose text holds `term`, sets scores[i] to
   * weights[kind * 2 + 1] when the (first) match is at its start, else weights[kind * 2]. A pinyin
   * match is at the start when it begins the keys and their first character is character 0.
   */
  mark(term: string, needLetters: number, scores: Float64Array, weights: readonly number[], kind: number): void {
    if ((this.letters & needLetters) !== needLetters) return;
    const { text, starts, char0, syllables } = this;
    let i = 0;
    for (let p = text.indexOf(term); p !== -1; ) {
      while (starts[i + 1]! <= p) i++;
      if (syllables !== null && syllables[p] === 0) {
        p = text.indexOf(term, p + 1);
        continue;
      }
      if (scores[i] === -1) {
        const atStart = p === starts[i] && (char0 === null || char0[i] === 1);
        scores[i] = weights[kind * 2 + (atStart ? 1 : 0)]!;
      }
      p = text.indexOf(term, starts[i + 1]!);
    }
  }
}

/** 1 at each position of a full-pinyin corpus where some snippet's syllable starts. */
function syllableStarts(length: number, starts: Int32Array, fullStarts: readonly (readonly number[] | undefined)[]): Uint8Array {
  const marks = new Uint8Array(length + 1);
  fullStarts.forEach((syllables, i) => syllables?.forEach((start) => (marks[starts[i]! + start] = 1)));
  return marks;
}
