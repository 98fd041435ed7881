// Where a long title reads well broken (lib/export/titleLines.ts): right after a joining word —
// 关于…的, 和, 与, 及, 暨, a 、 or a ， — the line before ends a phrase (GB/T 9704 7.3.1: 词意完整).
// Kept in the domain with the report's other words.
const JOINING_END = /(?:的|和|与|及|暨|、|，|关于|对|在)$/u;

export const endsWithJoiningWord = (text: string): boolean => JOINING_END.test(text);
