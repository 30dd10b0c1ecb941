// `npm run bench`: every benchmark of the project, each printing a Markdown table.
import os from 'node:os';
import { annotationsBench } from './annotations.bench.js';
import { conversionBench } from './conversion.bench.js';
import { importBench } from './import.bench.js';
import { pdfBench } from './pdf.bench.js';
import { readerBench } from './reader.bench.js';
import { searchBench } from './search.bench.js';

const sizes = process.argv.includes('--quick') ? [1000] : [1000, 10_000];

console.log(`Policy Reader benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}\n`);
console.log('## Parse and import (synthetic libraries built from the seeds)\n');
console.log(importBench(sizes));

console.log('\n## Reading app (browser shell in Chromium)\n');
console.log(await readerBench());

console.log('\n## Annotations\n');
console.log(await annotationsBench());

console.log('\n## Library search (synthetic libraries)\n');
console.log(searchBench(sizes));

console.log('\n## PDF export\n');
console.log(await pdfBench());

console.log('\n## Script conversion (202 k characters)\n');
console.log(conversionBench());
