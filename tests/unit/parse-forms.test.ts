import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../main/core/extract/index.js';
import { decodePolicyBytes } from '../../main/core/parse/decode.js';
import { issuerFromDocNumber, normaliseDocNumber } from '../../main/core/parse/doc-number.js';
import { headingMarker } from '../../main/core/parse/headings.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { findResponsibilities } from '../../main/core/parse/responsibilities.js';
import { parseDateLine } from '../../shared/dates.js';
import type { ReaderError } from '../../shared/errors.js';

describe('dates', () => {
  it.each([
    ['2016年5月11日', '2016-05-11'],
    ['(2015年7月29 日)', '2015-07-29'],
    ['（2015年7月29日）', '2015-07-29'],
    ['二〇一六年五月十一日', '2016-05-11'],
    ['二○一六年十二月三十一日', '2016-12-31'],
    ['２０１７年１月２日', '2017-01-02'],
    ['2018-03-09', '2018-03-09'],
    ['二O一一年5月16日', '2011-05-16'],
    ['2018年10日11日', '2018-10-11'],
    ['2020年6月3日。', '2020-06-03'],
    ['2020年1日29', '2020-01-29'],
  ])('%s → %s', (line, iso) => expect(parseDateLine(line)).toBe(iso));

  it.each(['2016年2月30日', '到2020年底', '2016年5月11日印发', '二〇一六年十三月一日'])('rejects %s', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('document numbers', () => {
  it.each([
    ['赣府厅发〔2016〕52号', '赣府厅发〔2016〕52号'],
    ['赣府厅发[2016]52号', '赣府厅发〔2016〕52号'],
    ['赣府厅发（2016）52号', '赣府厅发〔2016〕52号'],
    ['赣府厅发(2016)52号', '赣府厅发〔2016〕52号'],
    ['苏政办发【２０１６】１３６号', '苏政办发〔2016〕136号'],
  ])('%s is normalised to %s', (raw, normal) => expect(normaliseDocNumber(raw)).toBe(normal));

  it.each([
    ['赣府厅发〔2016〕52号', '江西省人民政府办公厅'],
    ['国办发〔2016〕24号', '国务院办公厅'],
    ['国发〔2015〕24号', '国务院'],
    ['國辦發〔2016〕24號', '国务院办公厅'],
    ['鄂政发〔2016〕8号', '湖北省人民政府'],
    ['苏政办发〔2016〕136号', '江苏省人民政府办公厅'],
    ['粤府办〔2016〕12号', '广东省人民政府办公厅'],
    ['丽财行〔2014〕303号', null],
  ])('the code of %s names %s', (number, issuer) => expect(issuerFromDocNumber(number)).toBe(issuer));
});

describe('heading markers', () => {
  it.each([
    ['一、总体要求', 1, '一、'],
    ['十二、强化', 1, '十二、'],
    ['（一）发展思路', 2, '（一）'],
    ['(二十四)强化', 2, '(二十四)'],
    ['1. 组织保障', 3, '1.'],
    ['10.其他方面', 3, '10.'],
    ['3、加强', 3, '3、'],
    ['２．完善', 3, '２．'],
    ['（1）建设', 4, '（1）'],
    ['(12)推进', 4, '(12)'],
    ['第三章 保障措施', 1, '第三章'],
  ])('%s is level %i', (line, level, label) => expect(headingMarker(line)).toEqual({ level, label }));

  it.each(['1.5万亿元的交易额', '2016年5月', '(2015年7月29 日)', '一是加强领导'])('%s is not a heading', (line) => {
    expect(headingMarker(line)).toBeNull();
  });
});

describe('responsibility spans', () => {
  it('reads "A牵头，B配合"', () => {
    const [lead, cooperating] = findResponsibilities('加快建设。（省商务厅牵头，省发展改革委、省财政厅配合）', 100);
    expect(lead).toMatchObject({ role: 'lead', departments: ['省商务厅'], start: 106, text: '省商务厅牵头' });
    expect(cooperating).toMatchObject({ role: 'cooperating', departments: ['省发展改革委', '省财政厅'] });
  });

  it('reads stated lead units', () => {
    const [span] = findResponsibilities('推进工作。(牵头单位:市发改委;责任单位:各县人民政府)', 0);
    expect(span).toMatchObject({ role: 'lead', departments: ['市发改委'] });
  });

  it('ignores bracketed words that are not departments', () => {
    const line = '培育10个电子商务村(淘宝村),建设创业中心(创业中心)和分拨中心(分拨中心)。(含省级补助资金)';
    expect(findResponsibilities(line, 0)).toEqual([]);
  });
});

/** A document in the full GB/T 9704 frame, as a county or city would issue it. */
const FULL_FRAME = `和平县人民政府办公室文件
和府办〔2019〕7号
和平县人民政府办公室关于印发和平县
推进农村电商发展工作方案的通知
各镇人民政府，县直各单位：
经县人民政府同意，现将《和平县推进农村电商发展工作方案》印发给你们，请认真组织实施。
和平县人民政府办公室
二〇一九年三月八日
（此件主动公开）
和平县推进农村电商发展工作方案
一、工作目标
到2020年，全县建成村级电商服务站120个。
二、主要任务
（一）完善服务体系。
1．建设县级电商公共服务中心。整合现有资源，建设县级公共服务中心。（牵头单位：县商务局；配合单位：县财政局、县供销社）
2．完善物流配送。（县交通运输局负责）
（1）建设县级物流中心。
（2）建设镇级配送站。
三、保障措施
各镇、各部门要加强领导，确保各项任务落到实处。
抄送：县委办，县人大办，县政协办。
和平县人民政府办公室 2019年3月8日印发
`;

describe('a county notice in the full GB/T 9704 frame', () => {
  const doc = parsePolicy(FULL_FRAME);

  it('reads masthead, number, two-line title, addressees, signature and Chinese-numeral date', () => {
    expect(doc).toMatchObject({
      title: '和平县人民政府办公室关于印发和平县推进农村电商发展工作方案的通知',
      titleDerived: false,
      docNumber: '和府办〔2019〕7号',
      issuer: '和平县人民政府办公室',
      date: '2019-03-08',
      addressees: '各镇人民政府，县直各单位',
      script: 'simplified',
    });
  });

  it('gives the frame its roles and the body its four heading levels', () => {
    const roles = doc.blocks.filter((b) => b.role).map((b) => b.role);
    expect(roles).toEqual(['masthead', 'docNumber', 'title', 'addressees', 'signature', 'date', 'note', 'subtitle', 'cc', 'cc']);
    expect(doc.subtitle).toBe('和平县推进农村电商发展工作方案');
    expect(doc.genre).toBe('通知');
    expect(doc.provenance).toEqual({
      title: 'head',
      docNumber: 'head',
      issuer: 'signoff',
      date: 'signoff',
      genre: 'head',
      addressees: 'head',
    });
    const levels = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.level);
    expect(levels).toEqual([1, 1, 2, 3, 3, 4, 4, 1]);
    expect(doc.responsibilities.map((r) => [r.role, r.departments])).toEqual([
      ['lead', ['县商务局']],
      ['cooperating', ['县财政局', '县供销社']],
      ['responsible', ['县交通运输局']],
    ]);
  });
});

describe('titles derived when the text has none', () => {
  it('uses the document number and genre when the preamble names no subject', () => {
    const doc = parsePolicy('湘政办发〔2017〕5号\n各市州人民政府：\n为加快发展，提出如下意见。\n一、总体要求\n二、主要任务\n');
    expect(doc).toMatchObject({ title: '湖南省人民政府办公厅关于加快发展的意见', titleDerived: true });
  });

  it('never takes the first sentence', () => {
    const doc = parsePolicy(
      '湘政办发〔2017〕5号\n各市州人民政府：\n近年来，全省电子商务快速发展。\n一、总体要求\n二、主要任务\n',
    );
    expect(doc).toMatchObject({ title: '湘政办发〔2017〕5号文件', titleDerived: true, issuer: '湖南省人民政府办公厅' });
  });
});

describe('bad input', () => {
  it.each([
    ['an empty file', () => new Uint8Array(), 'EMPTY_FILE'],
    ['white space only', () => Buffer.from(' \n\r\n\t'), 'EMPTY_FILE'],
    ['binary data', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'BINARY_FILE'],
    ['a PNG header', () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'BINARY_FILE'],
    ['a broken UTF-16 file', () => Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), 'UNDECODABLE'],
    ['eleven megabytes', () => new Uint8Array(11 * 1024 * 1024).fill(0x41), 'TOO_LARGE'],
  ])('%s is refused', (_, bytes, code) => {
    expect(() => decodePolicyBytes(bytes())).toThrowError(expect.objectContaining({ code }) as ReaderError);
  });

  it.each([
    ['English prose', 'The quick brown fox jumps over the lazy dog. '.repeat(50)],
    ['digits and punctuation', '2019-01-01，（1）、【2】。\n'.repeat(20)],
  ])('%s is refused: it has no Chinese text', (_, text) => {
    expect(() => parsePolicy(text)).toThrowError(expect.objectContaining({ code: 'NO_CHINESE_TEXT' }) as ReaderError);
  });

  it('imports any Chinese text, with every field it could not find marked', () => {
    const doc = parsePolicy('从前有一座山，山里有一座庙，庙里有一个老和尚在给小和尚讲故事。'.repeat(20));
    expect(doc).toMatchObject({ titleDerived: true, docNumber: null, issuer: null, date: null, genre: null });
    expect(doc.provenance).toEqual({
      title: 'inferred',
      docNumber: 'missing',
      issuer: 'missing',
      date: 'missing',
      genre: 'missing',
      addressees: 'missing',
    });
  });
});

/** A collected page parsed as an import reads it: its pinyin glosses (區(qū)) are taken out first. */
async function readRealForm(set: string, file: string) {
  const extracted = await extractText(fs.readFileSync(path.join(import.meta.dirname, '../fixtures', set, file)), file);
  return parsePolicy(extracted.text, extracted);
}

describe('heads as the twenty-second set of pages gave them', () => {
  const read = (file: string) => readRealForm('real-forms-22', file);

  it('takes no closing formula (特此公示) for the title', async () => {
    const doc = await read('17_changping-township-maliang-school-merger-notice.txt');
    expect(doc.title).toBe('上栗县长平乡马良小学拟撤并公示');
    expect(doc.blocks.find((b) => b.text === '特此公示')?.role).toBeUndefined();
  });

  it('takes the title a news report’s lead names its document by, and its genre, marked inferred', async () => {
    const doc = await read('19_baiyun-water-bureau-2020-sand-ban-announcement-news-trad.txt');
    expect(doc.title).toBe('關于劃定2020年度白云區管采砂河道河砂禁采區的公告');
    expect(doc.genre).toBe('公告');
    expect(doc.provenance.title).toBe('inferred');
  });

  it('prefers the promulgating sentence’s full title to a headline cut at its start, its inner marks 《》 again', async () => {
    const doc = await read('14_mohurd-2018-construction-tendering-amendment-decision.txt');
    expect(doc.title).toBe('住房城乡建设部关于修改《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定');
    expect(doc.issuer).toBe('住房城乡建设部');
  });

  it('counts a separator a scraping guard doubled once in the addressees', async () => {
    expect((await read('07_jiaxing-public-culture-demo-project-commendation-trad.txt')).addressees).toBe(
      '各縣(市、區)人民政府,市政府各部門、直屬各單位',
    );
  });
});

describe('heads as the twenty-third set of pages gave them', () => {
  const read = (file: string) => readRealForm('real-forms-23', file);

  it('reads a sign-off run into the last sentence, with its act as the genre', async () => {
    const doc = await read('08_urumqi-traffic-police-qitai-road-notice.txt');
    expect([doc.issuer, doc.date, doc.genre]).toEqual(['乌鲁木齐市公安局交通警察支队', '2023-08-02', '通告']);
  });

  it('joins a signature broken before the session (…人民代表大会 / 第二次会议主席团)', async () => {
    const doc = await read('10_youxian-peoples-congress-presidium-announcement-4.txt');
    expect(doc.issuers).toEqual(['攸县第十八届人民代表大会第二次会议主席团']);
  });

  it('takes an open letter’s title and its salutation as addressees', async () => {
    const doc = await read('13_tongzhou-subdistrict-open-letter-to-residents.txt');
    expect([doc.title, doc.addressees]).toEqual(['致全体居民的一封公开信', '广大居民']);
  });

  it('calls a cover notice that says 现予印发 a 通知, its title missing', async () => {
    expect((await read('17_bortala-prefecture-work-rules-notice-untitled.txt')).genre).toBe('通知');
  });

  it('reads "〔2021〕第23号通告" under the body’s name as number and title, over a forum’s headline cell', async () => {
    const doc = await read('12_siming-covid-hq-notice-23-forum-print.txt');
    expect([doc.title, doc.docNumber, doc.genre]).toEqual([
      '厦门市思明区应对新冠肺炎疫情工作指挥部通告',
      '〔2021〕第23号',
      '通告',
    ]);
  });

  it('takes the salutation after a report’s lead paragraph as the addressees', async () => {
    expect((await read('20_lhasa-covid-office-notice-to-incoming-travellers.txt')).addressees).toBe('廣大進藏來拉人員');
  });

  it('keeps a table’s 内容概况 row out of the addressees', async () => {
    expect((await read('18_yixing-place-naming-reply-trad-info-table.txt')).addressees).toBe('新莊街道辦事處,官林鎮人民政府');
  });
});

describe('heads of pages found by searching for real forms', () => {
  const read = (file: string) => readRealForm('probed-pages', file);

  it('skips a seal that stands in for the signer’s, and joins a name wrapped over two lines', async () => {
    const doc = await read('01_joint-mechanism-five-documents-notice-sealed-by-nhc.txt');
    expect([doc.issuer, doc.date]).toEqual(['国务院应对新型冠状病毒感染疫情联防联控机制综合组', '2022-12-26']);
  });

  it('joins a county headquarters’ name wrapped over two lines, the lower a 领导小组指挥部', async () => {
    const doc = await read('03_tonghai-covid-hq-high-risk-tonggao-wrapped-signature.txt');
    expect(doc.issuers).toEqual(['通海县应对新型冠状病毒感染肺炎疫情工作领导小组指挥部']);
  });

  it('reads a body’s 通告 numbered by year in brackets, without 关于, under a site’s menu row', async () => {
    const doc = await read('02_pingyuan-covid-hq-office-tonggao-2022-4-parenting-site.txt');
    expect([doc.title, doc.docNumber, doc.genre]).toEqual(['平原示范区新冠肺炎疫情防控指挥部办公室通告', '2022年第4号', '通告']);
  });
});

describe('heads as the twenty-fourth set of pages gave them', () => {
  const read = (file: string) => readRealForm('real-forms-24', file);

  it('reads the President’s decree by its term and number, titled by the law it promulgates', async () => {
    const doc = await read('13_presidential-order-common-language-law.txt');
    expect([doc.title, doc.docNumber, doc.issuer, doc.genre]).toEqual([
      '中华人民共和国国家通用语言文字法',
      '中华人民共和国主席令〔九届〕第37号',
      '中华人民共和国主席',
      '命令',
    ]);
    expect(normaliseDocNumber('中华人民共和国主席令(九届第37号)')).toBe(normaliseDocNumber(doc.docNumber ?? ''));
  });

  it('reads a table of bulleted labels, each over its value, and keeps the last value out of the title', async () => {
    const doc = await read('07_luchun-cppcc-proposal-21-reply.txt');
    expect([doc.title, doc.validity]).toEqual(['绿春县交通运输局对县政协提案第21号的答复', '有效']);
  });

  it('takes the trail under a breadcrumb’s label for page matter, not the title’s first line', async () => {
    expect((await read('18_heilongjiang-budget-regulation-1991.txt')).title).toBe('黑龙江省预算管理条例');
  });

  it('reads a law database’s title with its fields run on after it, without the version note', async () => {
    const doc = await read('17_aba-prefecture-autonomy-regulation-lawdb.txt');
    expect([doc.title, doc.issuer, doc.genre, doc.addressees]).toEqual([
      '阿坝藏族羌族自治州自治条例',
      '阿坝藏族羌族自治州人民代表大会常务委员会',
      '条例',
      null,
    ]);
  });

  it('takes no document number a slipped table cell gives as the issuer', async () => {
    expect((await read('20_xinjiang-tianshan-cup-irrigation-circular.txt')).issuer).toBe('新疆维吾尔自治区人民政府');
  });
});

describe('heads as the twenty-fifth set of pages gave them', () => {
  const read = (file: string) => readRealForm('real-forms-25', file);

  it('finds a sign-off run in between sentences by the note after it', async () => {
    const doc = await read('03_nanjing-aquaculture-plan-notice-glued.txt');
    expect([doc.issuer, doc.date]).toEqual(['南京市人民政府办公厅', '2020-04-14']);
  });

  it('reads a 决定书 as a 决定, signed without a date on the text’s last line', async () => {
    const doc = await read('15_sanyuan-house-expropriation-decision.txt');
    expect([doc.title, doc.issuer, doc.genre, doc.date]).toEqual([
      '三元区人民政府关于三元区小蕉小学南侧地块项目国有土地上房屋征收决定书',
      '三明市三元区人民政府',
      '决定',
      null,
    ]);
  });

  it('leaves a yearbook’s section label and editor’s credit out of the title', async () => {
    const doc = await read('19_yancheng-water-management-opinions-yearbook.txt');
    expect([doc.title, doc.issuer]).toEqual(['盐城市人民政府关于实行最严格水资源管理制度的实施意见', '盐城市人民政府']);
  });
});

describe('heads of the nineteenth set that general rules now read', () => {
  const read = (file: string) => readRealForm('real-forms-19', file);

  it('drops a database’s note of the version it holds from a regulation’s title', async () => {
    expect((await read('04_state-council-decree-753-place-names-regulation.txt')).title).toBe('地名管理条例');
  });

  it('titles a statement by what it is about, its issuer the state’s government', async () => {
    const doc = await read('11_prc-government-territorial-sea-baselines-statement-1996.txt');
    expect([doc.title, doc.issuer]).toEqual(['中华人民共和国政府关于中华人民共和国领海基线的声明', '中华人民共和国政府']);
  });

  it('takes the title line a headline holds whole, not the headline with its version note and number', async () => {
    expect((await read('25_anhui-local-tax-announcement-2017-4-trad.txt')).title).toBe(
      '安徽省地方稅務局關于發布〈城鎮土地使用稅管理指引〉實施辦法的公告',
    );
  });

  it('keeps the body’s name in a 公告’s number by year, as it is cited', async () => {
    expect((await read('25_anhui-local-tax-announcement-2017-4-trad.txt')).docNumber).toBe('安徽省地方稅務局公告2017年第4號');
  });
});

describe('heads as the twenty-sixth and twenty-seventh sets of pages gave them', () => {
  it('reads a reply’s genre from 批复如下 after a comma, its title missing', async () => {
    expect((await readRealForm('real-forms-26', '04_qingyuan-lianzhou-land-approval-trad-2022.txt')).genre).toBe('批复');
  });

  it('takes the decree’s title from its promulgation over a database caption that holds it', async () => {
    const doc = await readRealForm('real-forms-26', '15_mot-decree-2018-no41-rulemaking-amendment.txt');
    expect([doc.title, doc.genre]).toEqual(['交通运输部关于修改《交通运输法规制定程序规定》的决定', '决定']);
  });

  it('reads a table whose labels a page spaced out with no-break spaces, keeping the text as it was', async () => {
    const doc = await readRealForm('real-forms-27', '15_nanhua-forest-fire-emergency-plan.txt');
    expect([doc.title, doc.issuer, doc.indexNumber]).toEqual(['南华县森林火灾应急预案', '南华县应急局', 'nhxyjj-/2022-0922002']);
    expect(doc.text).toContain('索\u00a0\u00a0引\u00a0\u00a0号');
  });

  it('signs off with a date whose 月 was typed 日', async () => {
    const doc = await readRealForm('real-forms-27', '16_zhanjiang-agri-forward-rotation-survey-notice.txt');
    expect([doc.issuer, doc.date]).toEqual(['湛江市农业局', '2018-10-11']);
  });
});

describe('heads as the twenty-eighth set of pages gave them', () => {
  const read = (file: string) => readRealForm('real-forms-28', file);

  it('reads a law database’s table copied cell by cell, each ending in its separator (文件字號 | / 省地稅公告… |)', async () => {
    const doc = await read('07_jilin-local-tax-bureau-fixed-quota-announcement.txt');
    expect([doc.title, doc.docNumber, doc.issuer, doc.date]).toEqual([
      '吉林省地方稅務局關于發布個體工商戶稅收定期定額征收管理辦法的公告',
      '省地稅公告2011年第3號',
      '吉林省地方稅務局',
      '2011-03-04',
    ]);
  });

  it('keeps joint bodies in a 公告’s number by year', async () => {
    const doc = await read('08_mof-sta-small-business-financing-tax-announcement.txt');
    expect(doc.docNumber?.replace(/\s/g, '')).toBe('財政部稅務總局公告2023年第13號');
  });
});

describe('heads as the twenty-ninth set of pages gave them', () => {
  const read = (file: string) => readRealForm('real-forms-29', file);

  it('reads a presidium’s 公告 numbered by year in brackets without a code or 第: (2020)7号', async () => {
    expect((await read('03_zhangshui-town-congress-presidium-announcement.txt')).docNumber).toBe('(2020)7号');
  });

  it('reads a serial 第二号 under a title, and a signature marked for its seal (…选举委员会(章))', async () => {
    const doc = await read('09_tengke-village-voter-registration.txt');
    expect([doc.docNumber, doc.issuer, doc.date]).toEqual(['第2号', '腾克镇西也必奇村民选举委员会', '2021-01-14']);
  });

  it('reads a page’s markup pasted into a text file as the page, its sign-off and salutation too', async () => {
    const doc = await read('13_zhangqiu-town-civilized-sacrifice-initiative.txt');
    expect([doc.title, doc.issuers, doc.date, doc.addressees]).toEqual([
      '张秋镇文明祭祀倡议书',
      ['中共张秋镇委员会', '张秋镇人民政府'],
      '2023-03-31',
      '广大居民朋友',
    ]);
    expect(doc.text).not.toContain('<p');
  });

  it('takes a signature run onto the end of the text’s last line, after an e-mail address', async () => {
    const doc = await read('16_sanxiang-town-work-resumption.txt');
    expect([doc.issuer, doc.date]).toEqual(['三乡镇新冠肺炎疫情防控指挥部办公室', '2020-02-17']);
  });
});

describe('heads of the fourteenth set that general rules now read', () => {
  it('reads a number of 1990 with its year before the code, under an address a copy stamped in', async () => {
    const doc = await readRealForm('real-forms-14', '14_shandong-1990-jinan-coastal-zone-tongzhi-gazetteer.txt');
    expect(doc.docNumber).toBe('〔90〕鲁政函18号');
    expect(doc.blocks.find((b) => b.text.startsWith('Original URL'))?.role).toBe('chrome');
  });
});

describe('heads of the sixth set that general rules now read', () => {
  it('takes a name over a date in figures right under the title for the portal’s table, and signs off where the text does', async () => {
    const doc = await readRealForm('real-forms-6', '24_jinhua-devzone-pollution-plan-cover-notice.txt');
    expect([doc.issuer, doc.date]).toEqual(['金华经济技术开发区管理委员会党政综合办公室', '2024-02-29']);
  });
});

describe('heads of the fifth set that general rules now read', () => {
  it('takes the title a news lead names after the report’s headline and byline, marked inferred', async () => {
    const doc = await readRealForm('real-forms-5', '36_sanhe-river-ice-announcement-news.txt');
    expect([doc.title, doc.genre, doc.provenance.title]).toEqual([
      '关于严禁通过市域河道冰面进入京津地区的公告',
      '公告',
      'inferred',
    ]);
  });
});

describe('heads of the second set that general rules now read', () => {
  it('keeps a site’s title line, a two-step trail and a headline with its posting labels out of the title', async () => {
    const doc = await readRealForm('real-forms-2', '28_datong-grazing-ban-trad.txt');
    expect(doc.title).toBe('大同區草原禁牧公告');
    expect(doc.blocks.slice(0, 3).map((b) => b.role)).toEqual(['chrome', 'chrome', 'chrome']);
  });
});

describe('heads of the third set that general rules now read', () => {
  it('reads a forum’s BBCode pasted into a text file as the text it marks up', async () => {
    const doc = await readRealForm('real-forms-3', '19_wenxi-statistical-communique-bbcode.txt');
    expect([doc.title, doc.issuer, doc.date, doc.genre]).toEqual([
      '2022年闻喜县国民经济和社会发展统计公报',
      '闻喜县统计局',
      '2023-04-11',
      '公报',
    ]);
    expect(doc.text).not.toMatch(/\[\/?(?:align|b|size)/);
  });
});
