// `npm run bench`: every benchmark of the project as one Markdown table, each figure with the
// baseline measured in the same run beside it.
import os from 'node:os';
import { annotationsBench } from './annotations.bench.js';
import { conversionBench } from './conversion.bench.js';
import { importBench } from './import.bench.js';
import { intelBench } from './intel.bench.js';
import { largeDocumentBench } from './large-document.bench.js';
import { ocrBench } from './ocr.bench.js';
import { pdfBench } from './pdf.bench.js';
import { readerBench } from './reader.bench.js';
import { scaleBench } from './scale.bench.js';
import { searchBench } from './search.bench.js';
import { benchTable } from './table.js';

const sizes = process.argv.includes('--quick') ? [1000] : [1000, 10_000];

console.log(`Policy Reader benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}\n`);
console.log(
  benchTable([
    ['import', await importBench(sizes)],
    ['reading app (Chromium)', [...(await readerBench()), ...(await largeDocumentBench())]],
    ['annotations', await annotationsBench()],
    ['search', searchBench(sizes)],
    ['PDF export', await pdfBench()],
    ['text recognition', await ocrBench()],
    ['script conversion', conversionBench()],
    ['policy intelligence', intelBench(sizes)],
    ['at scale, end to end', scaleBench(sizes.at(-1) as number)],
  ]),
);
