// The 示例 mark beside a figure the sample library invented: it looks like a real one, and a user
// who does not notice could hand it in. Words, not a colour alone (style.css .sample-mark).
import { i18n } from '#i18n';

export function SampleMark({ id, title = i18n.t('metrics.sample.title') }: { id?: string; title?: string }) {
  return (
    <span id={id} className="sample-mark" title={title}>
      {i18n.t('metrics.sample.mark')}
    </span>
  );
}
