import fs from 'node:fs';
import path from 'node:path';
import { type App, expect, test } from './fixtures.js';
import { holdBack, openDocument, selectWithMouse } from './reading.js';

const SEED_TITLES = [
  '關于深入實施“互聯網+流通”行動計劃的實施意見',
  '省政府办公厅关于深入实施“互联网+流通”行动计划的意见',
  '广东省大力发展电子商务加快培育经济新动力的实施方案',
  '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见',
  // Its five-year term ran out in 2020: what is no longer in force comes after what is.
  '关于促进电子商务发展的实施意见',
];

const rows = (app: App) => app.page.locator('.library-table tbody tr');

test('first run shows the five bundled policies', async ({ app }, testInfo) => {
  await expect(rows(app)).toHaveCount(5);
  await expect(app.page.locator('.cell-title a')).toHaveText(SEED_TITLES);
  await expect(app.page.getByText('共 5 篇')).toBeVisible();
  const hubei = rows(app).filter({ hasText: '關于深入實施' });
  await expect(hubei.locator('.badge')).toHaveAttribute('title', '繁体');
  await testInfo.attach('library', { body: await app.page.screenshot(), contentType: 'image/png' });
});

test('the reading font’s pieces for the commonest characters load while the library is idle, before any document opens', async ({
  app,
}) => {
  // Characters of the body text that no line of the library shows: only the warm-up loads them in the reading face.
  const loaded = () => app.page.evaluate(() => document.fonts.check('400 16px "Noto Serif SC"', '贯彻落实坚持加强'));
  await expect.poll(loaded, { timeout: 10_000 }).toBe(true);
  // And the interface's bold face the reader's panels use, and traditional forms for a first switch of script.
  const panels = () => app.page.evaluate(() => document.fonts.check('700 16px "Noto Sans SC"', '贯彻落实坚持加强'));
  await expect.poll(panels, { timeout: 10_000 }).toBe(true);
  const traditional = () => app.page.evaluate(() => document.fonts.check('400 16px "Noto Serif SC"', '製範徵衛醫'));
  await expect.poll(traditional, { timeout: 10_000 }).toBe(true);
});

test('sorting and filtering the library', async ({ app }) => {
  await app.page.getByRole('button', { name: '按标题排序' }).click();
  // In pinyin order, what is in force first: the Lishui measure, expired, comes last.
  await expect(rows(app).first()).toContainText('關于深入實施');
  await expect(rows(app).last()).toContainText('关于促进电子商务发展的实施意见');
  await app.page.getByRole('combobox', { name: '年份' }).selectOption('2015');
  await expect(rows(app)).toHaveCount(1);
  await app.page.getByRole('button', { name: '清除筛选' }).click();
  await app.page.getByRole('combobox', { name: '文字' }).selectOption('traditional');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('關于深入實施');
  await app.page.getByRole('button', { name: '清除筛选' }).click();
  await app.page.getByRole('searchbox', { name: '按标题、文号或发文机关筛选' }).fill('广东');
  await expect(rows(app)).toHaveCount(1);
});

test('opening a document shows its head, body and outline', async ({ app }, testInfo) => {
  await openDocument(app, '广东省大力发展电子商务加快培育经济新动力的实施方案');
  const page = app.page;
  await expect(page.locator('.doc-meta')).toContainText('广东省人民政府');
  await expect(page.locator('.doc-meta')).toContainText('2016-05-11');
  await expect(page.locator('.frame-addressees')).toHaveText(
    '各地级以上市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:',
  );
  const outline = page.getByRole('navigation', { name: '目录' });
  await expect(outline.locator('.outline-level-1')).toHaveCount(7);
  await expect(outline.locator('.outline-level-2')).toHaveCount(24);
  await expect(page.locator('.heading-1').first()).toHaveText('一、总体要求');
  await testInfo.attach('reader', { body: await page.screenshot(), contentType: 'image/png' });
});

test('outline navigation jumps to a section and marks it while scrolling', async ({ app }) => {
  await openDocument(app, '广东省大力发展电子商务加快培育经济新动力的实施方案');
  const page = app.page;
  const outline = page.getByRole('navigation', { name: '目录' });
  await outline.getByRole('link', { name: '五、提升电子商务对外合作水平' }).click();
  const heading = page.getByRole('heading', { name: '五、提升电子商务对外合作水平' });
  await expect(heading).toBeInViewport();
  await expect(outline.getByRole('link', { name: '五、提升电子商务对外合作水平' })).toHaveAttribute('aria-current', 'location');
  const top = await heading.evaluate(
    (el) => el.getBoundingClientRect().top - (el.closest('.reader-scroll')?.getBoundingClientRect().top ?? 0),
  );
  expect(top).toBeLessThan(40);

  await page.keyboard.press(']');
  await expect(outline.getByRole('link', { name: '(十六)推动电子商务走出去' })).toHaveAttribute('aria-current', 'location');
  await page.keyboard.press('[');
  await expect(outline.getByRole('link', { name: '五、提升电子商务对外合作水平' })).toHaveAttribute('aria-current', 'location');

  // The reader scrolls back up with the wheel, which also ends any settling of the jump.
  await page.locator('.reader-scroll').hover();
  await page.mouse.wheel(0, -100_000);
  await expect(outline.locator('[aria-current="location"]')).toHaveCount(0);
});

test('reading position is remembered per document', async ({ app }) => {
  await openDocument(app, '关于促进电子商务发展的实施意见');
  const page = app.page;
  const scroller = page.locator('.reader-scroll');
  /** The block at the top of the view: what a reader means by "where I was". */
  const topBlock = () =>
    scroller.evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      const pieces = [...el.querySelectorAll<HTMLElement>('.doc-group > [data-block]')];
      return pieces.find((p) => p.getBoundingClientRect().bottom > top + 1)?.dataset.block;
    });
  await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '(五)加大电子商务宣传力度' }).click();
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  await scroller.evaluate((el) => el.scrollBy(0, 5));
  const before = await topBlock();
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: '返回文库' }).click();
  await openDocument(app, '关于促进电子商务发展的实施意见');
  await expect.poll(topBlock).toBe(before);
  await expect(
    page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '(五)加大电子商务宣传力度' }),
  ).toHaveAttribute('aria-current', 'location');
});

test('settings apply at once and persist after a reload', async ({ app }) => {
  await openDocument(app, '省政府办公厅关于深入实施“互联网+流通”行动计划的意见');
  const page = app.page;
  await page.getByRole('button', { name: '阅读设置' }).click();
  const panel = page.getByRole('dialog', { name: '阅读设置' });
  await panel.getByRole('radio', { name: '夜间' }).click();
  await panel.getByRole('radio', { name: '楷体（霞鹜文楷）' }).click();
  await panel.getByRole('slider', { name: '字号' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const size = () => page.locator('.document').evaluate((el) => getComputedStyle(el).fontSize);
  await expect.poll(size).toBe('21px');
  await expect(page.locator('.document')).toHaveCSS('font-family', /LXGW WenKai/);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);

  await app.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(size).toBe('21px');
  await expect(page.locator('.document')).toHaveCSS('font-family', /LXGW WenKai/);

  await page.keyboard.press('-');
  await expect.poll(size).toBe('20px');
});

test('the 公文 preset sets 28 characters a line and a centred title', async ({ app }, testInfo) => {
  await openDocument(app, '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见');
  const page = app.page;
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('radio', { name: '公文（GB/T 9704）' }).click();
  await page.keyboard.press('Escape');
  const paragraph = page.locator('.paragraph').nth(2);
  const [width, fontSize] = await paragraph.evaluate((el) => [
    el.getBoundingClientRect().width,
    Number.parseFloat(getComputedStyle(el).fontSize),
  ]);
  expect(Math.round(width / fontSize)).toBe(28);
  await expect(page.locator('.doc-title')).toHaveCSS('text-align', 'center');
  await testInfo.attach('gongwen', { body: await page.screenshot(), contentType: 'image/png' });
});

test('importing files shows progress, the new document and each failure with its reason', async ({ app }, testInfo) => {
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  const good = path.join(dir, '测试通知.txt');
  fs.writeFileSync(
    good,
    '湘政办发〔2017〕5号\n各市州人民政府，省政府各部门：\n为加快发展农村电子商务，现提出如下意见。\n一、总体要求\n（一）发展目标。到2020年，全省农村电商交易额突破1000亿元。（省商务厅、省财政厅）\n二、保障措施\n各地要加强组织领导。\n湖南省人民政府办公厅\n2017年3月8日\n',
  );
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  await app.page.getByTestId('import-input').setInputFiles([good, empty]);
  await expect(app.page.getByText('导入完成：新增 1 篇，重复 0 篇，失败 1 篇')).toBeVisible();
  await expect(app.page.locator('.import-failures')).toContainText('empty.txt：文件为空');
  await expect(rows(app)).toHaveCount(6);
  await expect(app.page.getByRole('link', { name: '湖南省人民政府办公厅关于加快发展农村电子商务的意见' })).toBeVisible();
  await testInfo.attach('import', { body: await app.page.screenshot(), contentType: 'image/png' });
});

test('dropping a file on the window imports it', async ({ app }) => {
  const text = fs
    .readFileSync(path.join(import.meta.dirname, '../../seeds/lishui-2015-ecommerce.txt'), 'utf8')
    .replace('2015年7月29 日', '2015年8月1日');
  const dataTransfer = await app.page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], '丽水修订稿.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await app.page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(app.page.locator('.drop-overlay')).toBeVisible();
  await app.page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(app.page.getByText('导入完成：新增 1 篇，重复 0 篇，失败 0 篇')).toBeVisible();
  await expect(rows(app).filter({ hasText: '关于促进电子商务发展的实施意见' })).toHaveCount(2);
  await expect(rows(app).locator('.cell-date', { hasText: '2015-08-01' })).toHaveCount(1);
});

test('delete with undo', async ({ app }) => {
  const row = rows(app).filter({ hasText: '关于促进电子商务发展的实施意见' });
  await row.getByRole('button', { name: /^删除/ }).click();
  await expect(rows(app)).toHaveCount(4);
  await expect(app.page.locator('.toast-message')).toHaveText('已删除《关于促进电子商务发展的实施意见》');
  await app.page.getByRole('button', { name: '撤销' }).click();
  await expect(rows(app)).toHaveCount(5);

  await rows(app).filter({ hasText: '关于促进电子商务发展的实施意见' }).getByRole('button', { name: /^删除/ }).click();
  await expect(rows(app)).toHaveCount(4);
  await app.page.keyboard.press('Control+z');
  await expect(rows(app)).toHaveCount(5);
});

test('metadata corrections persist', async ({ app }) => {
  const row = rows(app).filter({ hasText: '江西省人民政府办公厅关于推进' });
  await row.getByRole('button', { name: /^编辑信息/ }).click();
  const dialog = app.page.getByRole('dialog', { name: '编辑文件信息' });
  await dialog.getByLabel('成文日期').fill('2016/05/20');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('日期格式应为 YYYY-MM-DD');
  await dialog.getByLabel('成文日期').fill('2016-05-20');
  await dialog.getByLabel('标题').fill('江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见（更正）');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await app.reload();
  const corrected = rows(app).filter({ hasText: '（更正）' });
  await expect(corrected.locator('.cell-date')).toHaveText('2016-05-20');
  await expect(corrected.locator('.cell-title .source-mark')).toHaveCount(0);
});

test('keyboard: shortcuts help, Escape back to the library', async ({ app }) => {
  await openDocument(app, '关于促进电子商务发展的实施意见');
  await app.page.keyboard.press('?');
  await expect(app.page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByRole('dialog', { name: '键盘快捷键' })).toBeHidden();
  await app.page.keyboard.press('o');
  await expect(app.page.getByRole('navigation', { name: '目录' }).getByRole('link').first()).toBeFocused();
  await app.page.keyboard.press('Escape');
  await expect(rows(app)).toHaveCount(5);
});

test('the interface speaks English and Traditional Chinese too', async ({ app }) => {
  await openDocument(app, '关于促进电子商务发展的实施意见');
  await app.page.getByRole('button', { name: '阅读设置' }).click();
  await app.page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
  await expect(app.page.getByRole('button', { name: 'Back to the library' })).toBeVisible();
  await app.page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-TW');
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('button', { name: '返回文庫' }).click();
  await expect(app.page.getByRole('button', { name: '匯入檔案' })).toBeVisible();
});

test('every request stays on the shell’s origin', async ({ app }) => {
  const requests: string[] = [];
  app.page.on('request', (request) => requests.push(request.url()));
  await app.reload();
  await openDocument(app, '關于深入實施“互聯網+流通”行動計劃的實施意見');
  await app.page.getByRole('button', { name: '阅读设置' }).click();
  await app.page.getByRole('radio', { name: '楷体（霞鹜文楷）' }).click();
  await app.page.getByRole('radio', { name: '黑体（思源黑体）' }).click();
  await app.page.evaluate(() => document.fonts.ready);
  await app.page.waitForTimeout(1000);
  expect(requests.length).toBeGreaterThan(10);
  expect(requests.filter((url) => !url.startsWith(`${app.origin}/`) && !url.startsWith('data:'))).toEqual([]);
});

test('the English and 繁體 interfaces name the default colours in their language, a renamed one as given', async ({ app }) => {
  await openDocument(app, '关于促进电子商务发展的实施意见');
  await expect(app.page.getByRole('region', { name: '通知（F8）' })).toBeAttached();
  await expect(app.page.getByRole('button', { name: '导出批注文件（可导入他人阅读器）' })).toHaveAttribute(
    'title',
    /W3C Web Annotation/,
  );
  await app.page.getByRole('button', { name: '阅读设置' }).click();
  await app.page.getByRole('textbox', { name: '黄色' }).fill('需核实');
  await app.page.getByRole('textbox', { name: '黄色' }).press('Tab');
  await app.page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
  await expect(app.page.getByRole('textbox', { name: 'Red' })).toHaveValue('Key point');
  await expect(app.page.getByRole('textbox', { name: 'Yellow' })).toHaveValue('需核实');
  await app.page.keyboard.press('Escape');
  await selectWithMouse(app.page, '电子商务');
  const toolbar = app.page.getByRole('toolbar', { name: 'Annotation tools' });
  await expect(toolbar.getByRole('button', { name: 'Mark as “Key point”' })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Mark as “需核实”' })).toBeVisible();
  await expect(app.page.getByRole('region', { name: 'Notifications (F8)' })).toBeAttached();
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('button', { name: 'Back to the library' }).click();
  const search = app.page.getByRole('searchbox', { name: 'Search the library' });
  const fits = await search.evaluate((input: HTMLInputElement) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(input).font;
    probe.textContent = input.placeholder;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width <= input.clientWidth;
  });
  expect(fits).toBe(true);
});

test('the outline: ↑/↓ move through it once focused, and the section being read stays in its view', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 600 });
  await openDocument(app, '广东省大力发展电子商务加快培育经济新动力的实施方案');
  const outline = app.page.getByRole('navigation', { name: '目录' });
  const links = outline.getByRole('link');
  await app.page.keyboard.press('o');
  const first = await app.page.evaluate(() => document.activeElement?.textContent);
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('ArrowDown');
  const texts = await links.allTextContents();
  const focused = await app.page.evaluate(() => document.activeElement?.textContent);
  expect(texts.indexOf(focused ?? '')).toBe(texts.indexOf(first ?? '') + 2);
  await app.page.keyboard.press('ArrowUp');
  expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe(texts[texts.indexOf(first ?? '') + 1]);
  // Read on to the last section: its entry, far down a long outline, comes into the outline's view.
  expect(await outline.evaluate((nav) => nav.scrollHeight > nav.clientHeight)).toBe(true);
  const count = await links.count();
  await expect
    .poll(async () => {
      await app.page.locator('.reader-scroll').evaluate((scroller) => {
        scroller.scrollTop = scroller.scrollHeight;
      });
      return outline.evaluate((nav) => [...nav.querySelectorAll('a')].findIndex((a) => a.hasAttribute('aria-current')));
    })
    .toBeGreaterThan(count - 4);
  expect(await outline.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(0);
  await expect
    .poll(() =>
      outline.evaluate((nav) => {
        const active = nav.querySelector('[aria-current="location"]');
        if (!active) return 'none';
        const a = active.getBoundingClientRect();
        const box = nav.getBoundingClientRect();
        return a.top >= box.top && a.bottom <= box.bottom ? 'visible' : 'hidden';
      }),
    )
    .toBe('visible');
});

test('the find bar covers no line: neither the head when opened at the top nor the hit it scrolls to', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await openDocument(app, '广东省大力发展电子商务加快培育经济新动力的实施方案');
  await app.page.keyboard.press('Control+f');
  const bar = app.page.locator('.find-bar');
  await expect(bar).toBeVisible();
  const below = async (selector: string) => {
    const barBox = await bar.boundingBox();
    const box = await app.page.locator(selector).first().boundingBox();
    return barBox !== null && box !== null && box.y >= barBox.y + barBox.height;
  };
  await expect.poll(() => below('.doc-head h1, h1')).toBe(true);
  await app.page.getByRole('searchbox', { name: '在文中查找' }).fill('跨境电子商务');
  await expect(app.page.locator('.find-counter')).toHaveText(/^1\//);
  const current = () =>
    app.page.evaluate(() => {
      const range = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined;
      const rect = range?.getBoundingClientRect();
      const barRect = document.querySelector('.find-bar')?.getBoundingClientRect();
      return rect && barRect ? rect.top >= barRect.bottom : false;
    });
  for (let step = 0; step < 5; step++) {
    await expect.poll(current).toBe(true);
    await app.page.keyboard.press('Enter');
  }
});

test('find marks stay on their matches when the citation links arrive after them and split the text they are in', async ({
  app,
}) => {
  const { page } = app;
  // The document's citations answered late, as on a slow laptop: find is already marking.
  const release = await holdBack(page, 'relations');
  await openDocument(app, '省政府办公厅关于深入实施“互联网+流通”行动计划的意见');
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: '在文中查找' }).fill('线上线下互动');
  await expect(page.locator('.find-counter')).toHaveText(/^1\/\d+$/);
  const marks = () => page.evaluate(() => ([...(CSS.highlights.get('find-match') ?? [])] as Range[]).map((r) => r.toString()));
  await expect.poll(async () => (await marks()).length).toBeGreaterThan(1);
  const before = await marks();
  expect(new Set(before)).toEqual(new Set(['线上线下互动']));
  release();
  await expect(page.locator('.doc-body .cite-missing', { hasText: '线上线下互动' })).toHaveCount(1);
  await expect.poll(marks).toEqual(before);
});

test('every setting that moves the text keeps the reader on the heading they were reading', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await openDocument(app, '广东省大力发展电子商务加快培育经济新动力的实施方案');
  const outline = app.page.getByRole('navigation', { name: '目录' });
  const heading = '二、优化电子商务发展环境';
  await outline.getByRole('link', { name: heading }).click();
  const offset = () =>
    app.page.evaluate((text) => {
      const scroller = document.querySelector('.reader-scroll') as HTMLElement;
      const element = [...document.querySelectorAll('.doc-body [id^="b-"]')].find((el) => el.textContent?.startsWith(text));
      return element ? Math.round(element.getBoundingClientRect().top - scroller.getBoundingClientRect().top) : null;
    }, heading);
  await expect.poll(offset).not.toBeNull();
  await app.page.waitForTimeout(400);
  const before = (await offset()) ?? 0;
  await app.page.getByRole('button', { name: '阅读设置' }).click();
  for (const change of [
    () => app.page.getByRole('radio', { name: '公文（GB/T 9704）' }).click(),
    () => app.page.getByRole('radio', { name: '自定义' }).click(),
    () => app.page.getByRole('radio', { name: '楷体（霞鹜文楷）' }).click(),
  ]) {
    await change();
    await app.page.evaluate(() => document.fonts.ready);
    await expect.poll(async () => Math.abs(((await offset()) ?? 1e9) - before)).toBeLessThan(40);
    await expect(outline.locator('[aria-current="location"]')).toHaveText(heading);
  }
});
