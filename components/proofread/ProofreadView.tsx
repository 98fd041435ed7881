// The 校对 view: proofreading the text in the web page, and 「我的词表」 that every proofread in the
// panel checks against (before an insert and in the page alike).
import { PageProofread } from './PageProofread.tsx';
import { WordListSection } from './WordListSection.tsx';

export function ProofreadView() {
  return (
    <>
      <PageProofread />
      <WordListSection />
    </>
  );
}
