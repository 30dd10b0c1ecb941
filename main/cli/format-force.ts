// `policy-reader status`: each document's 时效性 as of a date, and for one document the evidence.
import type { Locale } from '../../shared/errors.js';
import { FORCE_STATUS_LABELS, type ForceReport, type ForceSummary } from '../../shared/force.js';
import type { DocumentFields } from '../../shared/library.js';

const WORDS = {
  'zh-CN': {
    asOf: '截至',
    effective: '施行日期',
    expires: '有效期至',
    provisional: { trial: '试行', interim: '暂行' },
    table: '信息表时效性',
    actedOn: '后续文件',
    actsOn: '本文件',
    relation: { repeals: '废止', amends: '修改', suspends: '暂停执行' },
    partial: '（部分）',
    byHand: '（手动设定）',
    notInLibrary: '（不在文库中）',
    by: '依据',
    none: '—',
  },
  'zh-TW': {
    asOf: '截至',
    effective: '施行日期',
    expires: '有效期至',
    provisional: { trial: '試行', interim: '暫行' },
    table: '資訊表時效性',
    actedOn: '後續檔案',
    actsOn: '本檔案',
    relation: { repeals: '廢止', amends: '修改', suspends: '暫停執行' },
    partial: '（部分）',
    byHand: '（手動設定）',
    notInLibrary: '（不在文庫中）',
    by: '依據',
    none: '—',
  },
  en: {
    asOf: 'as of',
    effective: 'In force from',
    expires: 'Term ends',
    provisional: { trial: 'trial', interim: 'interim' },
    table: 'Portal validity',
    actedOn: 'Later documents',
    actsOn: 'This document',
    relation: { repeals: 'repeals', amends: 'amends', suspends: 'suspends' },
    partial: ' (in part)',
    byHand: ' (set by hand)',
    notInLibrary: ' (not in the library)',
    by: 'by',
    none: '-',
  },
} as const;

/** One line per document: status, since when, id, title, and what repealed or amended it. */
export function formatStatusList(
  docs: ReadonlyArray<DocumentFields & { force: ForceSummary }>,
  asOf: string,
  locale: Locale,
): string {
  const w = WORDS[locale];
  const label = FORCE_STATUS_LABELS[locale];
  const lines = docs.map((d) => {
    const by = d.force.by ? `  ← ${d.force.by.title}${d.force.by.docNumber ? `（${d.force.by.docNumber}）` : ''}` : '';
    return `${label[d.force.status]}${d.force.source === 'user' ? w.byHand : ''}  ${d.force.since ?? w.none}  ${d.id}  ${d.title}${by}`;
  });
  return [`${w.asOf} ${asOf}`, ...lines].join('\n');
}

/** A document's status with every piece of evidence: its own clauses, then what later documents did to it. */
export function formatForceReport(
  report: ForceReport,
  sentence: (docId: string, span: { start: number; end: number }) => string,
  id: string,
  locale: Locale,
): string {
  const w = WORDS[locale];
  const label = FORCE_STATUS_LABELS[locale];
  const lines = [`${label[report.status]}${report.source === 'user' ? w.byHand : ''}  ${w.asOf} ${report.asOf}`];
  if (report.manual?.note) lines.push(`  ${report.manual.note}`);
  const quote = (span: { start: number; end: number } | null, docId = id) => (span ? `  「${sentence(docId, span)}」` : '');
  lines.push(`${w.effective}: ${report.effective.date ?? w.none}${quote(report.effective.clause)}`);
  if (report.expires.date || report.expires.clause)
    lines.push(`${w.expires}: ${report.expires.date ?? w.none}${quote(report.expires.clause)}`);
  if (report.provisional) lines.push(w.provisional[report.provisional]);
  if (report.table) lines.push(`${w.table}: ${report.table}`);
  for (const e of report.actedOnBy) {
    lines.push(
      `${w.actedOn}: ${e.date ?? w.none} ${w.relation[e.kind]}${e.partial ? w.partial : ''}  ${e.by.title}${e.by.docNumber ? `（${e.by.docNumber}）` : ''}${quote(e.evidence, e.by.id)}`,
    );
  }
  for (const clause of report.actsOn) {
    const targets = clause.targets.map((t, i) => {
      const name = t.title ? `《${t.title}》` : '';
      const number = t.docNumber ? `（${t.docNumber}）` : '';
      return `${name}${number}${clause.resolved[i] ? '' : w.notInLibrary}`;
    });
    lines.push(
      `${w.actsOn} ${w.relation[clause.relation]}${clause.partial ? w.partial : ''}: ${targets.join('、')}${quote(clause)}`,
    );
  }
  return lines.join('\n');
}
