import { useTranslation } from 'react-i18next';
import { DISPLAY_SCRIPTS, type DisplayScript } from '../../../shared/display-script.js';
import type { Script } from '../../../shared/policy.js';

/** Choice of the script a document is shown in; "original" names the script it was written in. */
export function ScriptMenu({
  value,
  original,
  pending,
  onChange,
  label,
}: {
  value: DisplayScript;
  /** The document's own script; without one (the default for all documents) "original" stands alone. */
  original?: Script;
  pending?: boolean;
  onChange: (script: DisplayScript) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      className="script-menu"
      value={value}
      aria-label={label ?? t('script.display.label')}
      aria-keyshortcuts="S"
      aria-busy={pending || undefined}
      onChange={(event) => onChange(event.target.value as DisplayScript)}
    >
      {DISPLAY_SCRIPTS.map((script) => (
        <option key={script} value={script}>
          {script !== 'original'
            ? t(`script.display.${script}`)
            : original
              ? t('script.display.originalOf', { script: t(`script.${original}Long`) })
              : t('script.display.original')}
        </option>
      ))}
    </select>
  );
}
