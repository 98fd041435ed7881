// Labels for the domain's enumerations in the panel's language. lib/domain keeps its Chinese labels
// for what it writes into documents; what the panel shows comes from locales/*.yml.
import { i18n } from '#i18n';
import type { SnippetRole } from '../lib/domain/schemas.ts';
import type { SortMode } from '../lib/domain/search/index.ts';

export const roleLabel = (role: SnippetRole): string => i18n.t(`roles.${role}`);
export const sortLabel = (mode: SortMode): string => i18n.t(`sort.${mode}`);
