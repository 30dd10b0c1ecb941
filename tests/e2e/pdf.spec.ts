import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from './fixtures.js';
import { highlight, openDocument } from './reading.js';

const GUANGDONG = '广东省大力发展电子商务加快培育经济新动力的实施方案';

test('a highlighted document exports as a PDF with its highlight as an annotation, in the script chosen', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'Electron shows a native save dialog, which Playwright cannot fill');
  await openDocument(app, GUANGDONG);
  await highlight(app, '跨境电子商务进出口额年均增长30%左右', '重点');
  await app.page.keyboard.press('Control+p');
  const dialog = app.page.getByRole('dialog', { name: '导出 PDF' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: '公文版（GB/T 9704）' }).click();
  await dialog.getByRole('combobox', { name: '显示文字' }).selectOption('tw');
  await testInfo.attach('export dialog', { body: await app.page.screenshot(), contentType: 'image/png' });
  const download = app.page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${GUANGDONG}.pdf`);
  const path = testInfo.outputPath('export.pdf');
  await file.saveAs(path);
  await expect(app.page.getByText(/已导出 PDF，共 \d+ 页/).first()).toBeVisible();

  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(path)), verbosity: 0 }).promise;
  expect(pdf.numPages).toBeGreaterThan(8);
  let text = '';
  const annotations: Array<[string, number[]]> = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    text += (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    for (const a of await page.getAnnotations()) annotations.push([a.subtype, Array.from(a.color as Uint8ClampedArray)]);
  }
  expect(text).toContain('跨境電子商務進出口額年均增長30%左右');
  expect(annotations).toEqual([['Highlight', [239, 68, 68]]]);
});
