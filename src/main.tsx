import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startPageLocale } from './app/page-locale';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The page's language comes from its address; its words load before anything is shown.
void startPageLocale().then((started) => {
  if (!started) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  startOfflineLater();
});

/** Offline support loads once the page has, so it never slows the first screen. */
function startOfflineLater() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => void import('./app/offline').then(({ startOffline }) => startOffline());
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
