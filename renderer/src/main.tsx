import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../shared/settings.js';
import { createApiClient } from './api/client.js';
import { ApiProvider } from './app/ApiContext.js';
import { App } from './app/App.js';
import { SettingsProvider } from './app/SettingsContext.js';
import { ToastProvider } from './common/Toasts.js';
import { initI18n } from './i18n/index.js';
import { ImportProvider } from './library/ImportContext.js';
import './styles/fonts.css';
import './styles/app.css';

async function start() {
  const api = createApiClient();
  let settings: ReaderSettings = DEFAULT_SETTINGS;
  try {
    settings = await api.getSettings({});
  } catch {
    // The library is unreachable; the views will say so when they load.
  }
  initI18n(settings.uiLanguage);
  document.documentElement.dataset.theme = settings.theme;
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={api}>
        <SettingsProvider initial={settings}>
          <ToastProvider>
            <ImportProvider>
              <App />
            </ImportProvider>
          </ToastProvider>
        </SettingsProvider>
      </ApiProvider>
    </StrictMode>,
  );
}

void start();
