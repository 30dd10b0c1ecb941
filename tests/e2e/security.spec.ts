import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.js';

test('markup in an imported policy is shown as text and never run', async ({ app }) => {
  let dialogs = 0;
  app.page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const hostile = [
    '某政办发〔2021〕3号',
    '关于<script>alert(1)</script>加强网络安全的通知',
    '各单位：',
    '一、总体要求',
    '为切实加强本市政务网络和信息系统的安全防护，防范各类网络攻击和信息泄露风险，保障政务服务平稳运行，现就有关事项通知如下。各单位要高度重视，明确责任分工，落实各项安全措施。'.repeat(
      2,
    ),
    '请勿点击<img src=x onerror="alert(2)">或<a href="javascript:alert(3)">此链接</a>，[链接](javascript:alert(4))。',
    '二、工作措施',
    '<iframe src="https://example.com"></iframe><svg onload=alert(5)>',
    '某某市人民政府',
    '2021年3月1日',
  ].join('\n');
  const file = path.join(fs.mkdtempSync(path.join(app.dataDir, 'hostile-')), '通知.txt');
  fs.writeFileSync(file, hostile);
  await app.page.getByTestId('import-input').setInputFiles([file]);
  await expect(app.page.getByText('导入完成：新增 1 篇，重复 0 篇，失败 0 篇')).toBeVisible();
  await app.page.getByRole('link', { name: /加强网络安全的通知/ }).click();
  const body = app.page.locator('.doc-body');
  await expect(body).toContainText('<img src=x onerror="alert(2)">');
  await expect(body).toContainText('<a href="javascript:alert(3)">此链接</a>');
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText('<script>alert(1)</script>');
  expect(
    await app.page
      .locator('.document img, .document script, .document iframe, .document svg, .document a[href^="javascript"]')
      .count(),
  ).toBe(0);
  await app.page.waitForTimeout(300);
  expect(dialogs).toBe(0);
});
