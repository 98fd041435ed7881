// A 整改台账 in a rectification report: per problem, labelled lines — 问题表现 / 整改措施 / 整改进展,
// with 责任领导 / 责任单位 / 整改时限. Each problem becomes a problem set (problem → measures, with
// owner and deadline), not three snippets all titled 问题表现.

export interface LedgerEntry {
  /** 问题1：理论学习不够规范 → 理论学习不够规范; '' when the block has no title line. */
  title: string;
  problem: string[];
  measures: string[];
  progress: string[];
  /** 责任领导 and 责任单位, joined. */
  owner: string;
  deadline: string;
}

const TITLE = /^(?:问题|序号)\s*[0-9０-９一二三四五六七八九十]+\s*[:：、.．]\s*(.*)$/;
type Field = 'problem' | 'measures' | 'progress' | 'owner' | 'deadline';
// An audit's rectification list labels its lines shortest: 问题：… 措施：… 责任人：… 时限：….
const FIELDS: ReadonlyArray<readonly [Field, RegExp]> = [
  ['problem', /^(?:问题表现|问题描述|问题内容|具体表现|存在问题|问题)\s*[:：]\s*/],
  ['measures', /^(?:整改措施|整改目标及措施|整改举措|整改目标|措施)\s*[:：]\s*/],
  ['progress', /^(?:整改进展|整改情况|完成情况|进展情况|整改成效)\s*[:：]\s*/],
  ['owner', /^(?:责任领导|责任单位|责任部门|责任人|牵头领导|牵头单位)\s*[:：]\s*/],
  ['deadline', /^(?:整改时限|完成时限|时限要求|整改期限|完成时间|时限)\s*[:：]\s*/],
];

function fieldOf(line: string): readonly [Field, string] | null {
  for (const [field, pattern] of FIELDS) {
    const match = pattern.exec(line);
    if (match) return [field, line.slice(match[0].length).trim()];
  }
  return null;
}

/**
 * The ledger entries in a section's paragraphs, or null when they are not a ledger (fewer than
 * two problems, or a problem without measures). Lines after a field label with nothing behind it
 * (整改措施：) belong to that field until the next label.
 */
export function parseLedger(paragraphs: readonly string[]): LedgerEntry[] | null {
  const entries: LedgerEntry[] = [];
  let entry: LedgerEntry | null = null;
  let field: Field | null = null;
  const start = (title: string) => {
    entry = { title, problem: [], measures: [], progress: [], owner: '', deadline: '' };
    entries.push(entry);
    field = null;
  };
  for (const line of paragraphs) {
    const title = TITLE.exec(line);
    if (title) {
      start(title[1]!.trim());
      continue;
    }
    const found = fieldOf(line);
    if (found) {
      const [name, value] = found;
      // A new 问题表现 after measures starts the next problem, titled or not.
      if (!entry || (name === 'problem' && ((entry as LedgerEntry).measures.length > 0 || (entry as LedgerEntry).problem.length > 0))) start('');
      field = name;
      const current = entry as unknown as LedgerEntry;
      if (name === 'owner') current.owner = current.owner ? `${current.owner}；${value}` : value;
      else if (name === 'deadline') current.deadline = value;
      else if (value) current[name].push(value);
      continue;
    }
    if (!entry || field === null || field === 'owner' || field === 'deadline') return null;
    (entry as LedgerEntry)[field].push(line);
  }
  if (entries.length < 2 || entries.some((e) => e.measures.length === 0 || (e.problem.length === 0 && e.title === ''))) return null;
  return entries;
}
