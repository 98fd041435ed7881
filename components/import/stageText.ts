// The import's stage (lib/import-files/progress.ts) in words, one key per stage so each is checked.
import { i18n } from '#i18n';
import type { ImportStage } from '../hooks/useImport.ts';

const WORDS: Record<ImportStage, () => string> = {
  preparing: () => i18n.t('import.stage.preparing'),
  reading: () => i18n.t('import.stage.reading'),
  cleaning: () => i18n.t('import.stage.cleaning'),
  outline: () => i18n.t('import.stage.outline'),
  splitting: () => i18n.t('import.stage.splitting'),
  done: () => i18n.t('import.stage.done'),
};

export const stageText = (stage: ImportStage): string => WORDS[stage]();
