import { describe, expect, it } from 'vitest';
import { parsePolicyBytes } from '../../main/core/parse/index.js';
import type { PolicyDocument } from '../../shared/policy.js';
import { type SeedName, seedBytes } from '../fixtures/seeds.js';

const parsed = (name: SeedName): PolicyDocument => parsePolicyBytes(seedBytes(name));
const headings = (doc: PolicyDocument, level: number) => doc.blocks.filter((b) => b.kind === 'heading' && b.level === level);
const metadata = ({ title, titleDerived, docNumber, issuer, date, addressees, script }: PolicyDocument) => ({
  title,
  titleDerived,
  docNumber,
  issuer,
  date,
  addressees,
  script,
});
/** The responsibility span that ends at the given text, with its slice checked against the canonical text. */
function spanEndingWith(doc: PolicyDocument, ending: string) {
  const span = doc.responsibilities.find((r) => r.text.endsWith(ending));
  expect(span, `a responsibility span ending with ${ending}`).toBeDefined();
  expect(doc.text.slice(span?.start, span?.end)).toBe(span?.text);
  return span;
}

describe('Jiangxi seed: document number, no title, no date', () => {
  const doc = parsed('jiangxi');

  it('reads the metadata, deriving the title from the document it implements', () => {
    expect(metadata(doc)).toEqual({
      title: '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见',
      titleDerived: true,
      docNumber: '赣府厅发〔2016〕52号',
      issuer: '江西省人民政府办公厅',
      date: null,
      addressees: '各市、县(区)人民政府,省政府各部门',
      script: 'simplified',
    });
  });

  it('finds the headings', () => {
    expect(headings(doc, 1).map((h) => h.text)).toEqual(['一、总体要求', '二、重点任务', '三、保障措施']);
    expect(headings(doc, 2)).toHaveLength(16);
    expect(headings(doc, 2)[0]).toMatchObject({ label: '(一)', text: '(一)发展思路。' });
  });

  it('finds department lists in the middle and at the end of paragraphs', () => {
    expect(doc.responsibilities).toHaveLength(27);
    expect(spanEndingWith(doc, '省邮政管理局、省质量技术监督局、各设区市政府')?.departments).toEqual([
      '省发改委',
      '省商务厅',
      '省交通运输厅',
      '省工信委',
      '省邮政管理局',
      '省质量技术监督局',
      '各设区市政府',
    ]);
    expect(spanEndingWith(doc, '国家外汇管理局江西分局、人行南昌中心支行')?.departments[0]).toBe('省商务厅');
    expect(spanEndingWith(doc, '人行南昌中心支行')?.departments).toEqual(['人行南昌中心支行']);
    expect(doc.responsibilities.every((r) => r.role === null)).toBe(true);
  });

  it('lists the national documents it cites', () => {
    expect(doc.citations.map((c) => c.docNumber)).toEqual(['国办发〔2015〕72号', '国办发〔2016〕24号']);
    expect(doc.citations[1]?.title).toBe('国务院办公厅关于深入实施“互联网+流通”行动计划的意见');
  });
});

describe('Lishui seed: bracketed date under a missing title, three heading levels, stated roles', () => {
  const doc = parsed('lishui');

  it('reads the metadata', () => {
    expect(metadata(doc)).toEqual({
      title: '关于促进电子商务发展的实施意见',
      titleDerived: true,
      docNumber: null,
      issuer: null,
      date: '2015-07-29',
      addressees: null,
      script: 'simplified',
    });
  });

  it('finds the headings of every level', () => {
    expect(headings(doc, 1).map((h) => h.text)).toEqual(['一、 电子商务发展的总体思路和工作目标', '二、主要措施']);
    expect(headings(doc, 2)).toHaveLength(10);
    expect(headings(doc, 3)).toHaveLength(23);
    expect(headings(doc, 3).map((h) => h.label)).toContain('10.');
  });

  it('reads roles and keeps nested brackets inside names', () => {
    const bracketed = spanEndingWith(doc, '责任单位:市商务局、团市委、市财政局,各县(市、区)人民政府');
    expect(bracketed).toMatchObject({
      role: 'responsible',
      departments: ['市商务局', '团市委', '市财政局', '各县(市、区)人民政府'],
    });
    const lead = spanEndingWith(doc, '责任单位:市考核办、市商务局');
    const cooperating = spanEndingWith(doc, '配合单位:市旅委、团市委');
    expect(lead).toMatchObject({ role: 'responsible', departments: ['市考核办', '市商务局'] });
    expect(cooperating).toMatchObject({ role: 'cooperating', departments: ['市旅委', '团市委'] });
    expect(cooperating?.start).toBeGreaterThan(lead?.end ?? Number.POSITIVE_INFINITY);
  });

  it('finds a department list followed by more text in its paragraph', () => {
    expect(spanEndingWith(doc, '市市场监管局、市公安局、市质监局、市商务局')?.role).toBe('responsible');
    expect(doc.responsibilities).toHaveLength(36);
  });
});

describe('Hubei seed: traditional script, date at the end, no title', () => {
  const doc = parsed('hubei');

  it('reads the metadata in its own script', () => {
    expect(metadata(doc)).toEqual({
      title: '關于深入實施“互聯網+流通”行動計劃的實施意見',
      titleDerived: true,
      docNumber: null,
      issuer: null,
      date: '2016-12-31',
      addressees: '各市、州、縣人民政府,省政府有關部門',
      script: 'traditional',
    });
  });

  it('finds nine level-1 headings and no others', () => {
    expect(headings(doc, 1).map((h) => h.text)).toEqual([
      '一、深入推進流通轉型升級',
      '二、深入推進流通方式創新',
      '三、深入推進智慧物流服務體系建設',
      '四、深入推進智能服務與消費',
      '五、深入推進綠色低碳流通和消費',
      '六、強化流通制度保障',
      '七、強化流通公共服務能力建設',
      '八、強化流通法規和標準體系建設',
      '九、強化誠信經營公平競爭環境建設',
    ]);
    expect(headings(doc, 2)).toHaveLength(0);
  });

  it('splits "…和地方各級人民政府分工負責" into bodies with the responsible role', () => {
    const span = spanEndingWith(doc, '省質監局和地方各級人民政府分工負責');
    expect(span?.role).toBe('responsible');
    expect(span?.departments.slice(-2)).toEqual(['省質監局', '地方各級人民政府']);
    expect(spanEndingWith(doc, '人行武漢分行分工負責')?.departments.at(-1)).toBe('人行武漢分行');
  });

  it('cites 國辦發〔2016〕24號', () => {
    expect(doc.citations).toEqual([
      expect.objectContaining({ title: '國務院辦公廳關于深入實施“互聯網+流通”行動計劃的意見', docNumber: '國辦發〔2016〕24號' }),
    ]);
  });
});

describe('Guangdong seed: a cover notice issuing a plan', () => {
  const doc = parsed('guangdong');

  it('takes the issued plan’s title and the notice’s signature and date', () => {
    expect(metadata(doc)).toEqual({
      title: '广东省大力发展电子商务加快培育经济新动力的实施方案',
      titleDerived: false,
      docNumber: null,
      issuer: '广东省人民政府',
      date: '2016-05-11',
      addressees: '各地级以上市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构',
      script: 'simplified',
    });
    expect(doc.blocks.filter((b) => b.role).map((b) => b.role)).toEqual(['addressees', 'signature', 'date', 'title']);
  });

  it('finds seven parts and twenty-four numbered tasks', () => {
    expect(headings(doc, 1).map((h) => h.text)).toEqual([
      '一、总体要求',
      '二、优化电子商务发展环境',
      '三、推动电子商务转型升级',
      '四、促进就业创业',
      '五、提升电子商务对外合作水平',
      '六、构建电子商务安全保障防线',
      '七、完善电子商务支撑体系',
    ]);
    expect(headings(doc, 2)).toHaveLength(24);
    expect(headings(doc, 2).at(-1)?.label).toBe('(二十四)');
  });

  it('reads "…负责" lists, dropping "按职责分工分别负责,下同" and sharing a suffix', () => {
    expect(spanEndingWith(doc, '省邮政管理局按职责分工分别负责')).toMatchObject({
      role: 'responsible',
      departments: ['省经济和信息化委', '商务厅', '工商局', '人行广州分行', '省邮政管理局'],
    });
    expect(spanEndingWith(doc, '广东、深圳、珠海检验检疫局,外汇局广东省分局,省邮政管理局负责')?.departments).toEqual([
      '省商务厅',
      '海关广东分署',
      '广东检验检疫局',
      '深圳检验检疫局',
      '珠海检验检疫局',
      '外汇局广东省分局',
      '省邮政管理局',
    ]);
  });
});

describe('Jiangsu seed: title over two lines with a blank between, full-width punctuation, run-in headings', () => {
  const doc = parsed('jiangsu');

  it('joins the title and reads the signature', () => {
    expect(metadata(doc)).toEqual({
      title: '省政府办公厅关于深入实施“互联网+流通”行动计划的意见',
      titleDerived: false,
      docNumber: null,
      issuer: '江苏省人民政府办公厅',
      date: '2016-11-24',
      addressees: '各市、县（市、区）人民政府，省各委办厅局，省各直属单位',
      script: 'simplified',
    });
    const title = doc.blocks[0];
    expect(title).toMatchObject({ role: 'title', text: '省政府办公厅关于深入实施\n\n“互联网+流通”行动计划的意见' });
    expect(doc.blocks.at(-1)).toMatchObject({ role: 'note', text: '（此件公开发布）' });
  });

  it('splits run-in headings from their paragraphs', () => {
    const level1 = headings(doc, 1);
    expect(level1).toHaveLength(16);
    expect(level1[3]?.text).toBe('四、加强智慧物流建设。');
    const next = doc.blocks[doc.blocks.indexOf(level1[3] as (typeof doc.blocks)[number]) + 1];
    expect(next?.kind).toBe('paragraph');
    expect(next?.text.startsWith('积极推进物联网')).toBe(true);
    expect(next?.start).toBe(level1[3]?.end);
  });

  it('reads full-width department lists', () => {
    expect(doc.responsibilities).toHaveLength(16);
    expect(spanEndingWith(doc, '网信办，南京海关，各设区市人民政府')?.departments).toHaveLength(15);
  });
});
