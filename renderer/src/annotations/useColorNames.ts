import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_COLOR_NAMES, type HighlightColor } from '../../../shared/annotations.js';
import { useSettings } from '../app/SettingsContext.js';

/**
 * What each colour means, as the interface shows it: a name the user gave stays as given; a default
 * name (重点, 疑问, 待办 …) is shown in the interface's language.
 */
export function useColorNames(): (color: HighlightColor) => string {
  const { t } = useTranslation();
  const { colorNames } = useSettings().settings;
  return useCallback(
    (color) => (colorNames[color] === DEFAULT_COLOR_NAMES[color] ? t(`annotations.defaultNames.${color}`) : colorNames[color]),
    [colorNames, t],
  );
}
