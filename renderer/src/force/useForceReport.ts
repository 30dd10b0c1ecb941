import { useCallback, useEffect, useState } from 'react';
import type { ForceReport } from '../../../shared/force.js';
import { useApi } from '../app/ApiContext.js';

/** Why a document is or is not in force today, fetched after it is drawn; null until then (or if it fails). */
export function useForceReport(id: string): { report: ForceReport | null; replace: (report: ForceReport) => void } {
  const api = useApi();
  const [report, setReport] = useState<ForceReport | null>(null);
  useEffect(() => {
    let live = true;
    setReport(null);
    api.forceReport({ id }).then(
      (result) => live && setReport(result),
      // Without it the document reads the same, only without its status.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, id]);
  const replace = useCallback((next: ForceReport) => setReport(next), []);
  return { report, replace };
}
