// The folder a pack is made of: all snippets, or one folder of the library. Used where a pack is
// exported to a file and where it is published to the office drive.
import { i18n } from '#i18n';

export function FolderSelect({ label, folders, value, onChange }: { label: string; folders: readonly string[] | undefined; value: string; onChange: (folder: string) => void }) {
  return (
    <label>
      {label}
      {/* A deep folder's path is longer than the box: the tooltip gives it whole. */}
      <select value={value} title={value || undefined} onChange={(e) => onChange(e.target.value)}>
        <option value="">{i18n.t('backup.allSnippets')}</option>
        {folders?.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
    </label>
  );
}
