import { createContext, type ReactNode, useContext } from 'react';
import type { ReaderApi } from '../../../shared/api.js';

const ApiContext = createContext<ReaderApi | null>(null);

export function ApiProvider({ api, children }: { api: ReaderApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): ReaderApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
