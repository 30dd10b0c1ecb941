import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderSettings } from '../../../shared/settings.js';
import { useApi } from './ApiContext.js';

interface SettingsValue {
  settings: ReaderSettings;
  /** Applies at once and persists in the library; a failed save is reverted. */
  update(changes: Partial<ReaderSettings>): void;
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function SettingsProvider({ initial, children }: { initial: ReaderSettings; children: ReactNode }) {
  const api = useApi();
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState(initial);

  const update = useCallback(
    (changes: Partial<ReaderSettings>) => {
      setSettings((previous) => {
        const next = { ...previous, ...changes };
        api.updateSettings({ changes }).catch(() => setSettings(previous));
        return next;
      });
      if (changes.uiLanguage) void i18n.changeLanguage(changes.uiLanguage);
    },
    [api, i18n],
  );

  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
