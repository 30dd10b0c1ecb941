import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError, type Locale } from '../../../shared/errors.js';
import { ApiError } from '../api/client.js';

/** An error as the user should read it, in the interface language. Stable while the language is. */
export function useErrorMessage(): (error: unknown) => string {
  const { i18n, t } = useTranslation();
  const language = i18n.language as Locale;
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) return formatError(error.code, error.params, language);
      return t('errors.generic', { message: error instanceof Error ? error.message : String(error) });
    },
    [language, t],
  );
}
