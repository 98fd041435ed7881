// Side panel start-up: render the library's first screen. The database side (Dexie, zod) comes in
// after that screen is painted (App.tsx, lib/db/panelStart.ts).
import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/app/App.tsx';
import { applyRememberedFontSize } from '../../components/app/fontSize.ts';
import { firstScreenSettled } from '../../lib/db/firstScreen.ts';
import './style.css';

// The page is written in Chinese; in another browser language its title and lang follow the texts.
document.documentElement.lang = i18n.t('app.lang');
document.title = i18n.t('app.title');
applyRememberedFontSize();

// The first screen of the library is being read already (entrypoints/first-screen.ts); waiting a
// moment for it lets the first frame show the list rather than a loading line and then the list.
void firstScreenSettled(150).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
