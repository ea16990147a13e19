import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app/theme.css';
import './app/layout.css';
import { App } from './app/App';
import { prewarm } from './app/prewarm';
import { initStoreFromUrl } from './app/url-sync';
import { useDossierStore } from './store/store';

const initial = initStoreFromUrl();
prewarm(useDossierStore.getState().lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App urlState={initial} />
  </StrictMode>,
);
