import { describe, expect, it } from 'vitest';
import { extractText } from '../../main/core/extract/index.js';
import { withoutPinyinNotes } from '../../main/core/parse/pinyin-notes.js';

describe('pinyin notes a copying site put in the text', () => {
  it('are taken out, and brackets of the document stay', () => {
    expect(
      withoutPinyinNotes('上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知'),
    ).toBe('上海市人民政府印發《關于本市加強政務誠信建設的實施意見》的通知');
    expect(withoutPinyinNotes('滬府發(fā)〔2017〕92號（此件公開發布）(2017年12月20日)(a)(第1号)')).toBe(
      '滬府發〔2017〕92號（此件公開發布）(2017年12月20日)(a)(第1号)',
    );
  });

  it('give back the characters a converter broke into a question mark, a note and a letter', () => {
    expect(withoutPinyinNotes('《安康市城市文明養(yǎng)犬管理?xiàng)l例》,具有重要?dú)v史價(jià)值,禁牧?xí)r間為')).toBe(
      '《安康市城市文明養犬管理條例》,具有重要歷史價值,禁牧時間為',
    );
    // One not seen on a real page stays as it is: its letter alone does not tell the character.
    expect(withoutPinyinNotes('未知?zhā)q字')).toBe('未知?zhā)q字');
  });

  it('leave the canonical text of an imported file', async () => {
    const page =
      '滬府發(fā)〔2017〕92號\n上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知\n';
    const { text } = await extractText(Buffer.from(page), 'page.txt');
    expect(text).toBe('滬府發〔2017〕92號\n上海市人民政府印發《關于本市加強政務誠信建設的實施意見》的通知\n');
  });
});
