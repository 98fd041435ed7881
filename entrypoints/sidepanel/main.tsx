// Side panel start-up: keep storage persistent, offer the sample library to a new user, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App.tsx';
import { database } from '../../lib/db/database.ts';
import { requestPersistentStorage } from '../../lib/db/persist.ts';
import { seedSampleLibraryIfEmpty } from '../../lib/db/seedSampleLibrary.ts';
import { purgeExpiredTrash } from '../../lib/db/trash.ts';
import './style.css';

void requestPersistentStorage();
void seedSampleLibraryIfEmpty(database());
// Snippets trashed more than 30 days ago go for good, checked each time the panel opens.
void purgeExpiredTrash(database());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
