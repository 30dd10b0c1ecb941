// Annotations at scale: 10,000 on one 200,000-character document, opened in the browser shell; and
// 100,000 across a 1,000-document library, filtered by the core as the library-wide view does. The
// baseline, in the same run, filters the same 100,000 annotations held in memory as plain objects.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { Library } from '../../main/core/library/library.js';
import { annotationsByBlock, segmentsOf } from '../../renderer/src/annotations/segments.js';
import { type AnnotationQuery, HIGHLIGHT_COLORS, type LibraryAnnotation } from '../../shared/annotations.js';
import { chromiumExecutable } from '../fixtures/chromium.js';
import { buildApp, NAME_HELPER, RUNS, serve, target } from './browser.js';
import { syntheticLibrary, syntheticLongPolicy } from './synthetic.js';
import { type BenchRow, median, percentile, round } from './table.js';

const TAGS = ['指标', '外贸', '农村', '物流', '资金', '人才', '监管', '试点', '考核', '标准'];
const NOTES = ['需与商务厅核对口径', '本市如何落实？', '与上年方案对照', '列入督办清单', '经费来源待明确'];

function annotateEvenly(library: Library, docId: string, count: number, seed: number): void {
  const text = library.get(docId).text;
  const step = Math.floor(text.length / (count + 1));
  for (let i = 0; i < count; i++) {
    const start = (i + 1) * step;
    const end = Math.min(start + Math.max(4, Math.floor(step / 2)), text.length);
    if (text.slice(start, end).trim() === '') continue;
    library.createAnnotation({
      docId,
      start,
      end,
      kind: (i + seed) % 7 === 0 ? 'underline' : 'highlight',
      color: HIGHLIGHT_COLORS[(i + seed) % HIGHLIGHT_COLORS.length] ?? 'red',
      note: (i + seed) % 5 === 0 ? (NOTES[(i + seed) % NOTES.length] ?? '') : '',
      tags: (i + seed) % 3 === 0 ? [TAGS[(i + seed) % TAGS.length] ?? '指标'] : [],
    });
  }
}

async function openManyOnOneDocument(): Promise<BenchRow[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-ann-'));
  const library = Library.open({ dataDir });
  const long = syntheticLongPolicy(200_000);
  const outcome = library.importBytes(Buffer.from(long.text), long.name);
  if (outcome.status !== 'imported') throw new Error('long document not imported');
  annotateEvenly(library, outcome.id, 10_000, 0);
  const annotations = library.annotations(outcome.id);
  const count = annotations.length;
  // The head shows the number and title from the metadata; annotations there are not drawn. Each
  // block draws a range for every stretch between annotation boundaries that one covers.
  const { blocks } = library.get(outcome.id);
  const annotationsOf = annotationsByBlock(blocks, annotations);
  const drawable = blocks.reduce(
    (sum, block, i) =>
      block.role === 'docNumber' || block.role === 'title' || block.role === 'masthead'
        ? sum
        : sum + segmentsOf(block, annotationsOf(i)).filter((s) => s.annotations.length > 0).length,
    0,
  );
  library.close();

  const { executablePath, args } = await chromiumExecutable();
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const firstPaints: number[] = [];
  const allDrawn: number[] = [];
  const textsDrawn: number[] = [];
  const highlightings: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const { url, child } = await serve(dataDir);
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      await context.addInitScript(NAME_HELPER);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('.library-table tbody tr');
      await page.evaluate(() => document.fonts.ready);
      const [first, all, text, highlighting] = await page.evaluate(async (expected) => {
        const link = document.querySelector<HTMLAnchorElement>('.cell-title a');
        if (!link) throw new Error('no document');
        const start = performance.now();
        link.click();
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        // Drawn as CSS highlights named ann-…: the ranges of every one of them.
        const drawn = () => {
          let ranges = 0;
          for (const [name, highlight] of CSS.highlights) if (name.startsWith('ann-')) ranges += highlight.size;
          return ranges;
        };
        // The text first: the annotations follow it.
        while (!document.querySelector('.doc-body [data-b]')) await frame();
        await frame();
        const firstPaint = performance.now() - start;
        const deadline = performance.now() + 20_000;
        let textDrawn = 0;
        while (drawn() < expected || !textDrawn) {
          if (performance.now() > deadline) throw new Error(`only ${drawn()} of ${expected} highlighted stretches drawn`);
          if (!textDrawn && !document.querySelector('.doc-body[aria-busy]')) textDrawn = performance.now() - start;
          await frame();
        }
        await frame();
        // The highlighter's own work over the opening, apart from drawing the text (its performance measures).
        const highlighting = performance.getEntriesByName('annotation highlights').reduce((sum, e) => sum + e.duration, 0);
        return [firstPaint, performance.now() - start, textDrawn, highlighting];
      }, drawable);
      firstPaints.push(first);
      allDrawn.push(all);
      textsDrawn.push(text);
      highlightings.push(highlighting);
      await context.close();
      child.kill();
    }
  } finally {
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return [
    [
      `open a 202 k-char document with ${round(count)} annotations: first paint`,
      `${round(median(firstPaints))} ms`,
      '—',
      target(median(firstPaints), 500),
    ],
    [
      `… every one of the ${round(count)} drawn (CSS highlights over the text)`,
      `${round(median(allDrawn))} ms`,
      `${round(median(textsDrawn))} ms its whole text drawn, in the same opening`,
      '—',
    ],
    [
      `… drawing the ${round(count)} highlights: the highlighter's work over the opening`,
      `${round(median(highlightings))} ms`,
      '—',
      target(median(highlightings), 300),
    ],
  ];
}

function filterInMemory(all: LibraryAnnotation[], q: AnnotationQuery): LibraryAnnotation[] {
  const text = q.text?.trim();
  return all
    .filter(
      (a) =>
        (!q.color || a.color === q.color) &&
        (!q.tag || a.tags.includes(q.tag)) &&
        (!text || a.exact.includes(text) || a.note.includes(text) || a.docTitle.includes(text)),
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, q.limit ?? 200);
}

function filterAcrossLibrary(): BenchRow[] {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-ann-'));
  const library = Library.open({ dataDir });
  try {
    for (const policy of syntheticLibrary(1000, 11)) {
      const outcome = library.importBytes(Buffer.from(policy.text), policy.name);
      if (outcome.status === 'imported') annotateEvenly(library, outcome.id, 100, outcome.id.charCodeAt(0));
    }
    const total = library.queryAnnotations({ limit: 1 }).total;
    const queries: AnnotationQuery[] = [
      {},
      { color: 'green' },
      { tag: '指标' },
      { text: '电子商务' },
      { text: '物流', color: 'red' },
      { tag: '外贸', text: '跨境' },
      { text: '核对' },
    ];
    const core: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const q of queries) {
        const start = performance.now();
        library.queryAnnotations({ ...q, limit: 200 });
        core.push(performance.now() - start);
      }
    }
    const everything: LibraryAnnotation[] = [];
    const loadStart = performance.now();
    for (const doc of library.list()) for (const a of library.annotations(doc.id)) everything.push({ ...a, docTitle: doc.title });
    const loadMs = performance.now() - loadStart;
    const memory: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const q of queries) {
        const start = performance.now();
        filterInMemory(everything, { ...q, limit: 200 });
        memory.push(performance.now() - start);
      }
    }
    return [
      [
        `filter ${round(total)} annotations across 1,000 documents (core, ${queries.length} filters × 10): p50 / p95`,
        `${round(percentile(core, 0.5), 1)} / ${round(percentile(core, 0.95), 1)} ms`,
        `${round(percentile(memory, 0.5), 1)} / ${round(percentile(memory, 0.95), 1)} ms (all held in memory, after ${round(loadMs)} ms loading them)`,
        target(percentile(core, 0.95), 100),
      ],
    ];
  } finally {
    library.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function annotationsBench(): Promise<BenchRow[]> {
  buildApp();
  const rows = [...(await openManyOnOneDocument()), ...filterAcrossLibrary()];
  return rows;
}
