import { Popover, Slider } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations.js';
import type { Locale } from '../../../shared/errors.js';
import { type FontFamily, SETTINGS_LIMITS, type Theme, type TypographyPreset } from '../../../shared/settings.js';
import { useColorNames } from '../annotations/useColorNames.js';
import { useSettings } from '../app/SettingsContext.js';
import { Choice } from '../common/Choice.js';
import { ScriptMenu } from '../script/ScriptMenu.js';

function SliderRow({
  label,
  value,
  display,
  limits,
  onChange,
}: {
  label: string;
  value: number;
  display: string;
  limits: { min: number; max: number; step: number };
  onChange: (value: number) => void;
}) {
  return (
    <div className="settings-row">
      <span className="settings-label">{label}</span>
      <Slider.Root
        className="slider"
        value={[value]}
        min={limits.min}
        max={limits.max}
        step={limits.step}
        onValueChange={([v]) => v !== undefined && onChange(Math.round(v * 10) / 10)}
      >
        <Slider.Track className="slider-track">
          <Slider.Range className="slider-range" />
        </Slider.Track>
        <Slider.Thumb className="slider-thumb" aria-label={label} />
      </Slider.Root>
      <output className="settings-value">{display}</output>
    </div>
  );
}

/** The meaning of one highlight colour, saved when the field is left. */
function ColorName({ color }: { color: HighlightColor }) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const shown = useColorNames()(color);
  const [draft, setDraft] = useState(shown);
  // The interface's language changed, or the name did elsewhere.
  useEffect(() => setDraft(shown), [shown]);
  const save = () => {
    const name = draft.trim();
    if (name && name !== shown) update({ colorNames: { ...settings.colorNames, [color]: name } });
    else setDraft(shown);
  };
  return (
    <input
      className={`color-name swatch-${color}`}
      value={draft}
      maxLength={12}
      aria-label={t(`annotations.colors.${color}`)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && save()}
    />
  );
}

/** Typography and interface settings, applied at once and remembered in the library. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  return (
    <Popover.Root>
      <Popover.Trigger className="button" aria-label={t('reader.settings')}>
        Aa
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover settings-panel" align="end" sideOffset={6} aria-label={t('reader.settings')}>
          <h2 className="popover-title">{t('reader.settings')}</h2>
          <Choice<TypographyPreset>
            label={t('settings.preset')}
            value={settings.preset}
            options={(['custom', 'gongwen'] as const).map((v) => ({ value: v, label: t(`settings.presets.${v}`) }))}
            onChange={(preset) => update({ preset })}
          />
          <SliderRow
            label={t('settings.fontSize')}
            value={settings.fontSize}
            display={`${settings.fontSize}px`}
            limits={SETTINGS_LIMITS.fontSize}
            onChange={(fontSize) => update({ fontSize })}
          />
          <SliderRow
            label={t('settings.lineHeight')}
            value={settings.lineHeight}
            display={settings.lineHeight.toFixed(1)}
            limits={SETTINGS_LIMITS.lineHeight}
            onChange={(lineHeight) => update({ lineHeight })}
          />
          <SliderRow
            label={t('settings.pageWidth')}
            value={settings.pageWidth}
            display={t('settings.pageWidthValue', { value: settings.pageWidth })}
            limits={SETTINGS_LIMITS.pageWidth}
            onChange={(pageWidth) => update({ pageWidth })}
          />
          <Choice<Theme>
            label={t('settings.theme')}
            value={settings.theme}
            options={(['light', 'sepia', 'dark'] as const).map((v) => ({ value: v, label: t(`settings.themes.${v}`) }))}
            onChange={(theme) => update({ theme })}
          />
          <Choice<FontFamily>
            label={t('settings.fontFamily')}
            value={settings.fontFamily}
            options={(['serif', 'sans', 'kai'] as const).map((v) => ({ value: v, label: t(`settings.fonts.${v}`) }))}
            onChange={(fontFamily) => update({ fontFamily })}
          />
          <div className="settings-row">
            <span className="settings-label">{t('script.defaultScript')}</span>
            <ScriptMenu
              value={settings.defaultScript}
              label={t('script.defaultScript')}
              onChange={(defaultScript) => update({ defaultScript })}
            />
          </div>
          <fieldset className="settings-colors">
            <legend className="settings-label">{t('annotations.colorNames')}</legend>
            {HIGHLIGHT_COLORS.map((color) => (
              <ColorName key={color} color={color} />
            ))}
          </fieldset>
          <label className="settings-row">
            <span className="settings-label">{t('settings.language')}</span>
            <select value={settings.uiLanguage} onChange={(e) => update({ uiLanguage: e.target.value as Locale })}>
              {(['zh-CN', 'zh-TW', 'en'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`settings.languages.${v}`)}
                </option>
              ))}
            </select>
          </label>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
