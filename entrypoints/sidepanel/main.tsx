// Side panel start-up: keep storage persistent, offer the sample library to a new user, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App.tsx';
import { database } from '../../lib/db/database.ts';
import { requestPersistentStorage } from '../../lib/db/persist.ts';
import { seedSampleLibraryIfEmpty } from '../../lib/db/seedSampleLibrary.ts';
import './style.css';

void requestPersistentStorage();
void seedSampleLibraryIfEmpty(database());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
