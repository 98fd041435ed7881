// The library's filters and sort, under the search box. Memoised: a keystroke in the search box
// re-renders the list, not these selects (each label is a lookup in the extension's messages).
import { i18n } from '#i18n';
import { memo } from 'react';
import type { SnippetRole } from '../../lib/domain/schemas.ts';
import { SORT_MODES, type SortMode } from '../../lib/domain/search/index.ts';
import { sortLabel } from '../common/labels.ts';
import { RoleSelect } from '../common/RoleSelect.tsx';

export interface Filters {
  role: SnippetRole | '';
  folder: string;
  onlyFavorites: boolean;
  sort: SortMode;
  /** Multi-select: rows get a checkbox, and the picked snippets are inserted together. */
  picking: boolean;
}

export const NO_FILTERS: Filters = { role: '', folder: '', onlyFavorites: false, sort: 'relevance', picking: false };

interface Props {
  filters: Filters;
  folders: readonly string[];
  onChange: (changes: Partial<Filters>) => void;
}

export const LibraryFilters = memo(function LibraryFilters({ filters, folders, onChange }: Props) {
  return (
    <>
      <div className="filters row">
        <RoleSelect aria-label={i18n.t('snippets.filterByRole')} anyRole={i18n.t('snippets.allRoles')} value={filters.role} onChange={(role) => onChange({ role })} />
        {/* A deep folder's path is longer than the box: the tooltip gives it whole. */}
        <select aria-label={i18n.t('snippets.filterByFolder')} title={filters.folder || undefined} value={filters.folder} onChange={(e) => onChange({ folder: e.target.value })}>
          <option value="">{i18n.t('snippets.allFolders')}</option>
          {folders.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={filters.onlyFavorites} onChange={(e) => onChange({ onlyFavorites: e.target.checked })} />
          {i18n.t('snippets.onlyFavorites')}
        </label>
      </div>
      <div className="filters row">
        <select aria-label={i18n.t('snippets.sort')} value={filters.sort} onChange={(e) => onChange({ sort: e.target.value as SortMode })}>
          {SORT_MODES.map((m) => (
            <option key={m} value={m}>
              {sortLabel(m)}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={filters.picking} onChange={(e) => onChange({ picking: e.target.checked })} />
          {i18n.t('snippets.multiSelect')}
        </label>
      </div>
    </>
  );
});
