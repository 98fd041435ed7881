// Why the import took a line for an advert or a page header, in the panel's language.
import { i18n } from '#i18n';
import type { NoiseReason } from '../../lib/domain/import/index.ts';

type Translate = (key: string) => string;

/** A browser message name allows no hyphen: page-number is read as pageNumber. */
export const noiseReasonKey = (reason: NoiseReason): string => `import.noiseReason.${reason.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;

export function noiseReasonText(reason: NoiseReason): string {
  // tests/unit/import-files/words.test.ts proves every reason has words in both languages.
  return (i18n.t as unknown as Translate)(noiseReasonKey(reason));
}
