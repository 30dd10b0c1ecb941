// Information tables as portals print them, read by the HTML extractor from their cells.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../main/core/extract/html.js';
import { parsePolicy } from '../../main/core/parse/index.js';

const page = (table: string) =>
  Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策文件</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>
${table}
<div id="zoom"><p>国务院办公厅关于加强政务新媒体管理的通知</p><p>国办发〔2018〕123号</p>
<p>各省、自治区、直辖市人民政府：</p><p>现就有关事项通知如下。</p><p>国务院办公厅</p><p>2018年12月7日</p></div>
</body></html>`);

describe('information tables in web pages', () => {
  it.each([
    [
      'label and value cells',
      '<table><tr><td><b>索 引 号：</b></td><td>000014349/2018-00221</td><td><b>主题分类：</b></td><td>综合政务\\政务公开</td></tr><tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td><td>2018年12月07日</td></tr><tr><td>发布日期：</td><td>2018年12月27日</td><td>有效性：</td><td>现行有效</td></tr></table>',
    ],
    [
      'a list of spans',
      '<ul class="xxgk"><li><span>索引号：</span><span>000014349/2018-00221</span></li><li><span>主题分类：</span><span>综合政务\\政务公开</span></li><li><span>发文机关：</span><span>国务院办公厅</span></li><li><span>成文日期：</span><span>2018-12-07</span></li><li><span>发布日期：</span><span>2018-12-27</span></li><li><span>有效性：</span><span>现行有效</span></li></ul>',
    ],
    [
      'a definition list',
      '<dl><dt>索引号</dt><dd>000014349/2018-00221</dd><dt>主题分类</dt><dd>综合政务\\政务公开</dd><dt>发文机关</dt><dd>国务院办公厅</dd><dt>成文日期</dt><dd>2018年12月07日</dd><dt>发布日期</dt><dd>2018年12月27日</dd><dt>时效性</dt><dd>现行有效</dd></dl>',
    ],
    [
      'labels inside paragraphs',
      '<div class="info"><p><strong>索引号：</strong>000014349/2018-00221</p><p><strong>主题分类：</strong>综合政务\\政务公开</p><p><strong>发文机关：</strong>国务院办公厅</p><p><strong>成文日期：</strong>2018年12月07日</p><p><strong>发布日期：</strong>2018年12月27日</p><p><strong>时效性：</strong>现行有效</p></div>',
    ],
  ])('reads %s', (_, table) => {
    const extracted = htmlToText(page(table));
    const doc = parsePolicy(extracted.text, extracted);
    expect(doc).toMatchObject({
      title: '国务院办公厅关于加强政务新媒体管理的通知',
      docNumber: '国办发〔2018〕123号',
      issuer: '国务院办公厅',
      date: '2018-12-07',
      publishedDate: '2018-12-27',
      indexNumber: '000014349/2018-00221',
      topic: '综合政务\\政务公开',
      validity: '现行有效',
    });
    expect(doc.provenance.issuer).toBe('table');
    expect(doc.blocks.filter((b) => !b.role).map((b) => b.text)).toEqual(['现就有关事项通知如下。']);
  });
});
