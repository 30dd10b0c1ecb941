import { useTranslation } from 'react-i18next';
import { formatError, type Locale } from '../../../shared/errors.js';
import { ApiError } from '../api/client.js';

/** An error as the user should read it, in the interface language. */
export function useErrorMessage(): (error: unknown) => string {
  const { i18n, t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) return formatError(error.code, error.params, i18n.language as Locale);
    return t('errors.generic', { message: error instanceof Error ? error.message : String(error) });
  };
}
