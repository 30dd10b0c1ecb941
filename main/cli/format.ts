import type { AnnotationImportReport } from '../../shared/annotations.js';
import { formatError, type Locale } from '../../shared/errors.js';
import type { CitedDocument, DepartmentEntry } from '../../shared/intel.js';
import type { DocumentSummary, ImportNotice, ImportOutcome, LibraryRecovery, StoredDocument } from '../../shared/library.js';
import type { FieldSource, PolicyDocument, Script } from '../../shared/policy.js';
import type { SearchResponse } from '../../shared/search.js';

function pendingText(report: AnnotationImportReport, item: (id: string, n: number) => string, lead: string): string {
  const entries = Object.entries(report.pending);
  return entries.length === 0 ? '' : lead + entries.map(([id, n]) => item(id, n)).join(', ');
}

interface ImportCounts {
  imported: number;
  updated: number;
  duplicate: number;
  failed: number;
  ignored: number;
}

const WORDS = {
  'zh-CN': {
    script: { simplified: '简', traditional: '繁', mixed: '混' },
    title: '标题',
    derived: '（推定）',
    genre: '文种',
    subtitle: '所印发文件',
    publishedDate: '发布日期',
    indexNumber: '索引号',
    topic: '主题分类',
    validity: '时效性',
    recognition: '文字识别',
    forwarded: '转发',
    docNumber: '发文字号',
    issuer: '发文机关',
    date: '成文日期',
    addressees: '主送机关',
    scriptLabel: '文字',
    outline: '目录',
    responsibilities: '责任分工',
    citations: '引用文件',
    none: '—',
    empty: '文库为空。',
    summary: (n: ImportCounts) =>
      `已导入 ${n.imported} 篇${n.updated ? `，更新 ${n.updated} 篇` : ''}，重复 ${n.duplicate} 篇，失败 ${n.failed} 篇${n.ignored ? `，忽略其他类型文件 ${n.ignored} 个` : ''}。`,
    duplicate: '已在文库中',
    progress: '导入',
    annotationReport: (r: AnnotationImportReport) =>
      `新增批注 ${r.added} 条，重复 ${r.duplicates} 条，无法定位 ${r.orphaned} 条${pendingText(r, (id, n) => `${id}（${n} 条）`, '；文库中没有的文件，已暂存：')}。`,
    searchTotal: (n: number) => `共 ${n} 篇文件匹配。`,
    noMatch: '没有匹配的文件。',
    hits: (n: number) => `${n} 处`,
    pdfDone: (pages: number, bytes: number) => `${pages} 页，${Math.round(bytes / 1024)} KB`,
    tasksDone: (tasks: number) => `${tasks} 项任务`,
    pdfMissing: (chars: string) => `以下字符字体中没有，已用〓代替：${chars}`,
    recovered: (r: LibraryRecovery) =>
      r.restoredFrom
        ? `文库文件已损坏（${r.reason}），已移至 ${r.movedTo}；已从 ${r.restoredFrom} 的备份恢复，并找回其后写入的批注 ${r.annotationsReplayed} 条。`
        : `文库文件已损坏（${r.reason}），已移至 ${r.movedTo}；没有可用的备份，文库已重新建立。`,
    alreadyRunning: (port: number) => `阅读器已在运行（端口 ${port}），打开它的窗口。`,
    noBrowser: '未找到 Chromium、Chrome 或 Edge：请在浏览器中打开上面的地址。按 Ctrl+C 退出。',
  },
  'zh-TW': {
    script: { simplified: '簡', traditional: '繁', mixed: '混' },
    title: '標題',
    derived: '（推定）',
    genre: '文種',
    subtitle: '所印發文件',
    publishedDate: '發布日期',
    indexNumber: '索引號',
    topic: '主題分類',
    validity: '時效性',
    recognition: '文字辨識',
    forwarded: '轉發',
    docNumber: '發文字號',
    issuer: '發文機關',
    date: '成文日期',
    addressees: '主送機關',
    scriptLabel: '文字',
    outline: '目錄',
    responsibilities: '責任分工',
    citations: '引用文件',
    none: '—',
    empty: '文庫為空。',
    summary: (n: ImportCounts) =>
      `已匯入 ${n.imported} 篇${n.updated ? `，更新 ${n.updated} 篇` : ''}，重複 ${n.duplicate} 篇，失敗 ${n.failed} 篇${n.ignored ? `，忽略其他類型檔案 ${n.ignored} 個` : ''}。`,
    duplicate: '已在文庫中',
    progress: '匯入',
    annotationReport: (r: AnnotationImportReport) =>
      `新增批註 ${r.added} 條，重複 ${r.duplicates} 條，無法定位 ${r.orphaned} 條${pendingText(r, (id, n) => `${id}（${n} 條）`, '；文庫中沒有的檔案，已暫存：')}。`,
    searchTotal: (n: number) => `共 ${n} 篇文件符合。`,
    noMatch: '沒有符合的檔案。',
    hits: (n: number) => `${n} 处`,
    pdfDone: (pages: number, bytes: number) => `${pages} 頁，${Math.round(bytes / 1024)} KB`,
    tasksDone: (tasks: number) => `${tasks} 項任務`,
    pdfMissing: (chars: string) => `以下字元字型中沒有，已用〓代替：${chars}`,
    recovered: (r: LibraryRecovery) =>
      r.restoredFrom
        ? `文庫檔案已損壞（${r.reason}），已移至 ${r.movedTo}；已從 ${r.restoredFrom} 的備份復原，並找回其後寫入的批註 ${r.annotationsReplayed} 條。`
        : `文庫檔案已損壞（${r.reason}），已移至 ${r.movedTo}；沒有可用的備份，文庫已重新建立。`,
    alreadyRunning: (port: number) => `閱讀器已在執行（連接埠 ${port}），開啟它的視窗。`,
    noBrowser: '找不到 Chromium、Chrome 或 Edge：請在瀏覽器中開啟上面的網址。按 Ctrl+C 結束。',
  },
  en: {
    script: { simplified: 'S', traditional: 'T', mixed: 'M' },
    title: 'Title',
    derived: ' (inferred)',
    genre: 'Genre',
    subtitle: 'Issues',
    publishedDate: 'Published',
    indexNumber: 'Index no.',
    topic: 'Topic',
    validity: 'Validity',
    recognition: 'Text recognition',
    forwarded: 'Forwards',
    docNumber: 'Number',
    issuer: 'Issuer',
    date: 'Date',
    addressees: 'Addressees',
    scriptLabel: 'Script',
    outline: 'Outline',
    responsibilities: 'Responsibilities',
    citations: 'Cites',
    none: '-',
    empty: 'The library is empty.',
    summary: (n: ImportCounts) =>
      `imported ${n.imported}${n.updated ? `, updated ${n.updated}` : ''}, duplicates ${n.duplicate}, failed ${n.failed}${n.ignored ? `, ignored ${n.ignored} files of other types` : ''}.`,
    duplicate: 'already in the library',
    progress: 'importing',
    annotationReport: (r: AnnotationImportReport) =>
      `added ${r.added} annotations, ${r.duplicates} duplicates, ${r.orphaned} not placed${pendingText(r, (id, n) => `${id} (${n})`, '; kept aside for documents not in the library: ')}.`,
    searchTotal: (n: number) => `${n} documents match.`,
    noMatch: 'No document matches.',
    hits: (n: number) => `${n} hits`,
    pdfDone: (pages: number, bytes: number) => `${pages} pages, ${Math.round(bytes / 1024)} KB`,
    tasksDone: (tasks: number) => `${tasks} tasks`,
    pdfMissing: (chars: string) => `not in the fonts, drawn as 〓: ${chars}`,
    recovered: (r: LibraryRecovery) =>
      r.restoredFrom
        ? `the library file was damaged (${r.reason}) and moved to ${r.movedTo}; restored from the backup of ${r.restoredFrom}, with ${r.annotationsReplayed} annotations written since recovered.`
        : `the library file was damaged (${r.reason}) and moved to ${r.movedTo}; no backup was usable, so the library starts anew.`,
    alreadyRunning: (port: number) => `The reader is already running (port ${port}); opening its window.`,
    noBrowser: 'No Chromium, Chrome or Edge found: open the address above in a browser. Ctrl+C quits.',
  },
} as const;

export function words(locale: Locale) {
  return WORDS[locale];
}

export function scriptBadge(script: Script, locale: Locale): string {
  return WORDS[locale].script[script];
}

export function formatList(docs: DocumentSummary[], locale: Locale): string {
  const w = WORDS[locale];
  if (docs.length === 0) return w.empty;
  return docs
    .map((d) =>
      [
        d.id,
        (d.date ?? w.none).padEnd(10),
        scriptBadge(d.script, locale),
        d.docNumber ?? w.none,
        d.title + (d.provenance.title === 'inferred' ? w.derived : ''),
      ].join('  '),
    )
    .join('\n');
}

export function formatHead(doc: PolicyDocument | StoredDocument, locale: Locale): string {
  const w = WORDS[locale];
  // Each field the parser inferred carries the mark; a field it did not find reads "—".
  const field = (value: string | null, source: FieldSource) =>
    value === null ? w.none : value + (source === 'inferred' ? w.derived : '');
  const { provenance: p } = doc;
  const rows: Array<[string, string]> = [
    [w.title, field(doc.title, p.title)],
    [w.docNumber, field(doc.docNumber, p.docNumber)],
    [w.issuer, field(doc.issuer, p.issuer)],
    [w.date, field(doc.date, p.date)],
    [w.genre, field(doc.genre, p.genre)],
    [w.addressees, field(doc.addressees, p.addressees)],
    [w.scriptLabel, scriptBadge(doc.script, locale)],
  ];
  const optional: Array<[string, string | null]> = [
    [w.subtitle, doc.subtitle],
    [w.forwarded, doc.forwarded && [doc.forwarded.title, doc.forwarded.docNumber].filter(Boolean).join(' ')],
    [w.publishedDate, doc.publishedDate],
    [w.indexNumber, doc.indexNumber],
    [w.topic, doc.topic],
    [w.validity, doc.validity],
    [w.recognition, doc.recognition && `${doc.recognition.pages} × ${Math.round(doc.recognition.confidence)}%`],
  ];
  for (const [label, value] of optional) if (value) rows.push([label, value]);
  if ('id' in doc) rows.unshift(['id', doc.id]);
  return rows.map(([k, v]) => `${k}: ${v}`).join('\n');
}

export function formatOutline(doc: PolicyDocument, locale: Locale): string {
  const w = WORDS[locale];
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  const lines = headings.map((h) => `${'  '.repeat((h.level ?? 1) - 1)}${h.text}`);
  return [`${w.outline}:`, ...lines].join('\n');
}

export function formatParsed(doc: PolicyDocument, locale: Locale): string {
  const w = WORDS[locale];
  const responsibilities = doc.responsibilities.map(
    (r) => `  [${r.start}, ${r.end}) ${r.role ?? w.none}: ${r.departments.join('、')}`,
  );
  const citations = doc.citations.map((c) => `  《${c.title}》 ${c.docNumber}`);
  return [
    formatHead(doc, locale),
    '',
    formatOutline(doc, locale),
    '',
    `${w.responsibilities} (${doc.responsibilities.length}):`,
    ...responsibilities,
    '',
    `${w.citations} (${doc.citations.length}):`,
    ...citations,
  ].join('\n');
}

/** The document as a reader sees it: head, then the text with its blocks one per paragraph. */
export function formatShow(doc: StoredDocument, locale: Locale): string {
  const body = doc.blocks
    .filter((b) => b.role === undefined)
    .map((b) => (b.kind === 'heading' ? `\n${b.text}` : b.text))
    .join('\n');
  return `${formatHead(doc, locale)}\n${body}`;
}

export function formatOutcome(outcome: ImportOutcome, locale: Locale): string {
  const notices = (o: { notices?: ImportNotice[] }) =>
    (o.notices ?? []).map((n) => `\n  ! ${formatError(n.code, n.params, locale)}`).join('');
  switch (outcome.status) {
    case 'imported':
      return `✓ ${outcome.source} → ${outcome.id} ${outcome.title}${notices(outcome)}`;
    case 'updated':
      return `↻ ${outcome.source} → ${outcome.id} ${outcome.title} (${outcome.moved} / ${outcome.moved + outcome.orphaned})${notices(outcome)}`;
    case 'duplicate':
      return `= ${outcome.source}: ${WORDS[locale].duplicate} (${outcome.id} ${outcome.title})`;
    case 'failed':
      return `✗ ${outcome.source}: ${formatError(outcome.error.code, outcome.error.params, locale)}`;
  }
}

/** Ranked documents, each with its hits: block, canonical offsets and the text around, the match in 【】. */
export function formatSearch(response: SearchResponse, locale: Locale): string {
  const w = WORDS[locale];
  if (response.total === 0) return w.noMatch;
  const lines = [w.searchTotal(response.total)];
  response.results.forEach((r, i) => {
    lines.push('', `${i + 1}. ${r.id}  ${r.date ?? w.none}  ${r.title}  (${w.hits(r.hits)})`);
    for (const s of r.snippets) {
      lines.push(`   #${s.block} ${s.start}-${s.end}  …${s.before}【${s.match}】${s.after}…`);
    }
  });
  return lines.join('\n');
}

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': { lead: '牵头', responsible: '负责', cooperating: '配合', none: '负责' },
  'zh-TW': { lead: '牽頭', responsible: '負責', cooperating: '配合', none: '負責' },
  en: { lead: 'leads', responsible: 'responsible', cooperating: 'joins', none: 'responsible' },
};

/** Departments, the busiest first, each with its tasks: role, document and the task's opening words. */
export function formatDepartments(entries: DepartmentEntry[], locale: Locale): string {
  const roles = ROLE_NAMES[locale];
  return entries
    .map((entry) =>
      [
        `${entry.name}  (${entry.tasks.length})`,
        ...entry.tasks.map(
          (t) => `  ${roles[t.role ?? 'none']}  ${t.docId} #${t.block}  ${t.text.slice(0, 40)}${t.text.length > 40 ? '…' : ''}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

/** Cited documents, the most cited first: number, title, whether the library has it, and who cites it. */
export function formatCitations(cited: CitedDocument[], locale: Locale): string {
  const inLibrary = { 'zh-CN': '文库中', 'zh-TW': '文庫中', en: 'in the library' }[locale];
  return cited
    .map((c) =>
      [
        `${c.docNumber}  ${c.title}  (${c.citedBy.length})${c.inLibrary ? `  [${inLibrary} ${c.inLibrary}]` : ''}`,
        ...c.citedBy.map((d) => `  ← ${d.id}  ${d.title}`),
      ].join('\n'),
    )
    .join('\n');
}
