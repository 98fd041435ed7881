// Side panel start-up: keep storage persistent, offer the sample library to a new user, render.
import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App.tsx';
import { database } from '../../lib/db/database.ts';
import { firstScreenSettled } from '../../lib/db/firstScreen.ts';
import { requestPersistentStorage } from '../../lib/db/persist.ts';
import { seedSampleLibraryIfEmpty } from '../../lib/db/seedSampleLibrary.ts';
import { purgeExpiredTrash } from '../../lib/db/trash.ts';
import './style.css';

// The page is written in Chinese; in another browser language its title and lang follow the texts.
document.documentElement.lang = i18n.t('app.lang');
document.title = i18n.t('app.title');

void requestPersistentStorage();
void seedSampleLibraryIfEmpty(database());
// Snippets trashed more than 30 days ago go for good, checked each time the panel opens — after
// the first paint, so its write transaction does not hold up the library's first read.
setTimeout(() => void purgeExpiredTrash(database()), 3000);

// The first screen of the library is being read already (early.ts); waiting a moment for it lets
// the first frame show the list rather than a loading line and then the list.
void firstScreenSettled(150).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
