import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRecovery } from '../../../shared/library.js';
import { useApi } from './ApiContext.js';

/** Says, once, that this start found the library damaged and what was done about it. */
export function RecoveryNotice() {
  const { t } = useTranslation();
  const api = useApi();
  const [recovery, setRecovery] = useState<LibraryRecovery | null>(null);
  useEffect(() => {
    api.libraryStatus({}).then(
      (status) => setRecovery(status.recovery),
      () => setRecovery(null),
    );
  }, [api]);
  if (!recovery) return null;
  return (
    <div className="recovery-notice" role="alert">
      <p>
        {recovery.restoredFrom
          ? t('recovery.restored', { date: recovery.restoredFrom, movedTo: recovery.movedTo })
          : t('recovery.empty', { movedTo: recovery.movedTo })}
      </p>
      <button type="button" className="button button-small" onClick={() => setRecovery(null)}>
        {t('importing.dismiss')}
      </button>
    </div>
  );
}
