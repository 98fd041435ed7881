// The browser's own folder chooser (File System Access API). Chromium has it in extension pages;
// Firefox does not, and there the panel offers the reminder and the download instead.
import type { BackupFolderHandle } from '../hooks/useAutoBackup.ts';

type Picker = (options: { id: string; mode: 'readwrite'; startIn: 'documents' }) => Promise<BackupFolderHandle>;
const picker = () => (globalThis as { showDirectoryPicker?: Picker }).showDirectoryPicker;

export const canPickFolder = (): boolean => typeof picker() === 'function';

/** The folder chosen, or null when the user closed the chooser. Must run inside a click. */
export async function pickFolder(): Promise<BackupFolderHandle | null> {
  const choose = picker();
  if (!choose) return null;
  try {
    return await choose({ id: 'report-drafter-backups', mode: 'readwrite', startIn: 'documents' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}
