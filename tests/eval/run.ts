// `npm run eval`: metadata accuracy per field on every corpus, as a Markdown table;
// `-- --show` lists each wrong field too.
import { CORPORA, overallAccuracy, SCORED_FIELDS } from './evaluate.js';
import { type CorpusJob, evaluateInWorkers } from './evaluate-in-workers.js';

const show = process.argv.includes('--show');
const started = performance.now();
const jobs: CorpusJob[] = [...CORPORA];
// How much of gov.cn's accuracy is the head's own, without the page's information table.
const govcn = CORPORA.find((c) => c.name.startsWith('govcn'));
if (govcn) jobs.push({ name: `${govcn.name}, text only`, dir: govcn.dir, tables: false });
const results = await evaluateInWorkers(jobs);
const seconds = (performance.now() - started) / 1000;

const percent = (right: number, scored: number) =>
  scored === 0 ? '—' : `${((100 * right) / scored).toFixed(1)} % (${right}/${scored})`;
const header = ['corpus', 'files', 'refused', ...SCORED_FIELDS, 'all fields'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => ' --- ').join('|')}|`);
for (const r of results) {
  const fields = SCORED_FIELDS.map((f) => percent(r.fields[f].right, r.fields[f].scored));
  console.log(`| ${[r.name, r.files, r.refused, ...fields, `${(100 * overallAccuracy(r)).toFixed(1)} %`].join(' | ')} |`);
}
console.log(`\n${results.reduce((n, r) => n + r.files, 0)} documents evaluated in ${seconds.toFixed(2)} s`);
if (show) {
  for (const r of results) {
    for (const m of r.mismatches)
      console.log(`${r.name}\t${m.file}\t${m.field}\texpected ${JSON.stringify(m.expected)}\tgot ${JSON.stringify(m.got)}`);
  }
}
