// Why the import took a line for an advert or a page header, in the panel's language.
import { i18n } from '#i18n';
import type { NoiseReason } from '../../lib/domain/import/index.ts';

type Translate = (key: string) => string;

export function noiseReasonText(reason: NoiseReason): string {
  // tests/unit/import-files/words.test.ts proves every reason has words in both languages.
  return (i18n.t as unknown as Translate)(`import.noiseReason.${reason}`);
}
