import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldSource, isUncertain } from '../../../shared/policy.js';

/** Where a field's value came from, in words: 信息表, 版头, 落款, 推定, 未找到, 已更正 … */
export function useSourceName(): (source: FieldSource) => string {
  const { t } = useTranslation();
  return (source) => t(`source.names.${source}`);
}

/** A small mark after a value that was inferred (推定) or not found (缺), its tooltip saying so; nothing otherwise. */
export function SourceMark({ source }: { source: FieldSource }) {
  const { t } = useTranslation();
  if (!isUncertain(source)) return null;
  const mark = t(`source.mark.${source}`);
  const name = t(`source.names.${source}`);
  return (
    <span className={`source-mark source-${source}`} title={t(`source.tip.${source}`)}>
      {mark === name ? (
        mark
      ) : (
        <>
          <span aria-hidden="true">{mark}</span>
          <span className="visually-hidden">{name}</span>
        </>
      )}
    </span>
  );
}

/**
 * A field's value with a tooltip naming where it came from and the mark of an uncertain one; a dash
 * where there is no value (the mark alone where none was found).
 */
export function FieldValue({ source, children }: { source: FieldSource; children: ReactNode }) {
  const { t } = useTranslation();
  const sourceName = useSourceName();
  const present = children !== null && children !== undefined && children !== '';
  return (
    <>
      {present ? <span title={t('source.from', { source: sourceName(source) })}>{children}</span> : source !== 'missing' && '—'}
      <SourceMark source={source} />
    </>
  );
}
