// A 单位共享 problem in words: problem.team.* in locales/, and for a damaged pack on the server the
// pack reader's own words for what is wrong with it.
import type { Problem } from '../../lib/domain/problem.ts';
import type { TeamProblem } from '../../lib/team/webdav.ts';
import { fileErrorText } from '../backup/fileErrorText.ts';
import { problemText } from '../common/problemText.ts';

export function teamProblemText(p: TeamProblem | Problem): string {
  if ('fileError' in p && p.fileError) return problemText({ code: p.code, params: { detail: fileErrorText(p.fileError) } });
  return problemText(p);
}
