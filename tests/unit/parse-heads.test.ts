// Heads as officials receive them (issue 15): decrees, web copies that repeat the head, site
// headlines, every bracket of a 发文字号, Chinese-numeral dates, joint issuers, 转发 and cover
// notices, portal information tables and site chrome. Each case is written the way such documents
// are printed, not after one file.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../main/core/extract/index.js';
import { canonicalText } from '../../main/core/parse/canonical.js';
import { normaliseDocNumber } from '../../main/core/parse/doc-number.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { reportedRelease } from '../../main/core/parse/issuer.js';
import type { PolicyDocument } from '../../shared/policy.js';

const head = (doc: PolicyDocument) => ({
  title: doc.title,
  docNumber: doc.docNumber,
  issuers: doc.issuers,
  date: doc.date,
  genre: doc.genre,
});
const firstBodyBlock = (doc: PolicyDocument) => doc.blocks.find((b) => !b.role)?.text;

describe('decrees', () => {
  it('reads a State Council decree: number, issuer, date, and the regulation as title', () => {
    const doc = parsePolicy(
      '中华人民共和国国务院令\n第706号\n《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的《专利代理条例》公布，自2019年3月1日起施行。\n总理　李克强\n2018年11月6日\n专利代理条例\n第一章　总　则\n第一条　为了规范专利代理行为，制定本条例。\n',
    );
    expect(head(doc)).toEqual({
      title: '专利代理条例',
      docNumber: '国令第706号',
      issuers: ['国务院'],
      date: '2018-11-06',
      genre: '条例',
    });
    expect(doc.provenance).toMatchObject({ title: 'head', docNumber: 'head', issuer: 'head', date: 'signoff' });
  });

  it('gives a regulation its articles as headings, each number run in before its text', () => {
    const doc = parsePolicy(
      '专利代理条例\n第一章　总　则\n第一条　为了规范专利代理行为，制定本条例。\n第二条　本条例所称专利代理，是指代为办理专利事务。\n',
    );
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text]);
    expect(headings).toEqual([
      [1, '第一章　总　则'],
      [2, '第一条'],
      [2, '第二条'],
    ]);
    expect(doc.blocks.find((b) => b.kind === 'paragraph' && !b.role)?.text).toBe('为了规范专利代理行为，制定本条例。');
  });

  it('reads the short number and a provincial government decree', () => {
    expect(parsePolicy('国令第707号\n中华人民共和国个人所得税法实施条例\n第一条　根据税法，制定本条例。\n').docNumber).toBe(
      '国令第707号',
    );
    const doc = parsePolicy(
      '广东省人民政府令\n第290号\n《广东省行政许可监督管理办法》已经2021年12月20日省人民政府第十三届第171次常务会议通过，现予公布，自2022年3月1日起施行。\n省长　马兴瑞\n2021年12月28日\n广东省行政许可监督管理办法\n第一条　为了加强行政许可监督管理，制定本办法。\n',
    );
    expect(head(doc)).toEqual({
      title: '广东省行政许可监督管理办法',
      docNumber: '广东省人民政府令第290号',
      issuers: ['广东省人民政府'],
      date: '2021-12-28',
      genre: '办法',
    });
  });

  it('imports a regulation printed on one line and reads its title', () => {
    const doc = parsePolicy(
      '某某市城市绿化管理条例 第一章 总则 第一条 为了促进城市绿化事业的发展，制定本条例。第二条 本条例适用于本市。',
    );
    expect(doc).toMatchObject({ title: '某某市城市绿化管理条例', titleDerived: false, genre: '条例' });
    expect(doc.provenance.title).toBe('head');
    expect(doc.blocks).toHaveLength(1);
  });
});

describe('web copies that repeat the head', () => {
  const doc = parsePolicy(
    [
      '京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》',
      '来源：首都之窗　发布时间：2016-05-20　浏览次数：1024',
      '【字体：大 中 小】【打印本页】【关闭窗口】',
      '北京市人民政府办公厅关于印发《北京市2016年政务公开工作要点》的通知',
      '京政办发〔2016〕26号',
      '各区人民政府，市政府各委、办、局，各市属机构：',
      '现将《北京市2016年政务公开工作要点》印发给你们，请认真贯彻落实。',
      '北京市人民政府办公厅',
      '2016年5月12日',
      '北京市2016年政务公开工作要点',
      '一、推进决策公开',
      '扫一扫在手机打开当前页',
    ].join('\n'),
  );

  it('gives each field once', () => {
    expect(head(doc)).toEqual({
      title: '北京市人民政府办公厅关于印发《北京市2016年政务公开工作要点》的通知',
      docNumber: '京政办发〔2016〕26号',
      issuers: ['北京市人民政府办公厅'],
      date: '2016-05-12',
      genre: '通知',
    });
    expect(doc.subtitle).toBe('北京市2016年政务公开工作要点');
    expect(doc.addressees).toBe('各区人民政府，市政府各委、办、局，各市属机构');
  });

  it('keeps the repeats and the site lines out of the body', () => {
    expect(firstBodyBlock(doc)).toBe('现将《北京市2016年政务公开工作要点》印发给你们，请认真贯彻落实。');
    expect(doc.blocks.filter((b) => b.role === 'chrome' || b.role === 'info').map((b) => b.text)).toEqual([
      '来源：首都之窗　发布时间：2016-05-20　浏览次数：1024',
      '【字体：大 中 小】【打印本页】【关闭窗口】',
      '扫一扫在手机打开当前页',
    ]);
    expect(doc.publishedDate).toBe('2016-05-20');
  });
});

describe('titles over several lines and site headlines', () => {
  it('joins a title whose issuer stands on a line of its own', () => {
    const doc = parsePolicy(
      '省人民政府\n关于进一步优化营商环境的\n若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府，省政府各部门：\n为加快打造一流营商环境，提出如下意见。\n一、总体要求\n',
    );
    expect(doc.title).toBe('省人民政府关于进一步优化营商环境的若干意见');
    expect(doc.issuers).toEqual(['湖北省人民政府']);
  });

  it('does not take a site headline for the title', () => {
    const doc = parsePolicy(
      '山东省财政厅大学生创业引领计划\n当前位置：首页 > 政策文件 > 通知公告\n山东省财政厅关于做好大学生创业引领计划资金管理工作的通知\n鲁财教〔2019〕12号\n各市财政局：\n为做好资金管理工作，现就有关事项通知如下：\n一、资金安排\n山东省财政厅\n2019年3月1日\n',
    );
    expect(head(doc)).toEqual({
      title: '山东省财政厅关于做好大学生创业引领计划资金管理工作的通知',
      docNumber: '鲁财教〔2019〕12号',
      issuers: ['山东省财政厅'],
      date: '2019-03-01',
      genre: '通知',
    });
    expect(doc.blocks.slice(0, 2).map((b) => b.role)).toEqual(['chrome', 'chrome']);
  });

  it('keeps no stray spaces in a title', () => {
    const doc = parsePolicy(
      '国务院办公厅关于印发国 家 粮 食 应 急 预 案 的 函\n国办函〔2005〕57号\n各省、自治区、直辖市人民政府：\n现将预案印发给你们。\n',
    );
    expect(doc.title).toBe('国务院办公厅关于印发国家粮食应急预案的函');
    expect(doc.genre).toBe('函');
  });
});

describe('document numbers', () => {
  it.each([
    ['沧政办字〔2009〕120号', '沧政办字〔2009〕120号'],
    ['沧政办字[2009]120号', '沧政办字〔2009〕120号'],
    ['京政办发（2016）26号', '京政办发〔2016〕26号'],
    ['京政办发(2016)26号', '京政办发〔2016〕26号'],
    ['粤府办【2023】5号', '粤府办〔2023〕5号'],
    ['国办发﹝2018﹞128号', '国办发〔2018〕128号'],
    ['国办发„2009‟3号', '国办发〔2009〕3号'],
    ['甘区政办发201756号', '甘区政办发〔2017〕56号'],
    ['鄂政發〔２０１８〕２６號', '鄂政發〔2018〕26號'],
  ])('%s is %s', (raw, normal) => expect(normaliseDocNumber(raw)).toBe(normal));

  it('finds a number given in brackets under the title, and a series number', () => {
    expect(
      parsePolicy(
        '郴州市人民政府办公室关于下达冬季农村工作计划的通知\n(郴政办函[2009]215号)\n各县市区人民政府：\n现将计划下达给你们。\n',
      ).docNumber,
    ).toBe('郴政办函〔2009〕215号');
    const notice = parsePolicy('关于加强疫情防控工作的通告(第6号)\n为做好防控工作，现通告如下：\n一、严格管控\n');
    expect(head(notice)).toMatchObject({ title: '关于加强疫情防控工作的通告', docNumber: '第6号', genre: '通告' });
  });
});

describe('dates', () => {
  it.each([
    ['二〇〇六年十月十八日', '2006-10-18'],
    ['二○○六年十月十八日', '2006-10-18'],
    ['二零零六年十月十八日', '2006-10-18'],
    ['二OO六年十月十八日', '2006-10-18'],
    ['二0一0年九月二十六日', '2010-09-26'],
  ])('a sign-off dated %s is %s', (written, iso) => {
    const doc = parsePolicy(
      `某某县人民政府关于做好防汛工作的通知\n各乡镇人民政府：\n现就防汛工作通知如下。\n某某县人民政府\n${written}\n`,
    );
    expect(doc.date).toBe(iso);
    expect(doc.provenance.date).toBe('signoff');
  });
});

describe('joint issuers', () => {
  it('keeps the issuers of a joint title as a list', () => {
    const doc = parsePolicy(
      '国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复\n国函〔1996〕95号\n武警总部：\n你部请示收悉。现批复如下：\n',
    );
    expect(doc.issuers).toEqual(['国务院', '中央军委']);
    expect(doc.issuer).toBe('国务院、中央军委');
    expect(doc.genre).toBe('批复');
  });

  it.each([
    ['中共中央国务院关于深化改革的意见', ['中共中央', '国务院']],
    ['中共中央办公厅国务院办公厅印发《关于加强乡村治理的意见》的通知', ['中共中央办公厅', '国务院办公厅']],
    ['财政部国家税务总局关于调整增值税政策的通知', ['财政部', '国家税务总局']],
    ['国家税务总局江苏省税务局关于做好申报工作的通知', ['国家税务总局江苏省税务局']],
    ['国务院国有资产监督管理委员会关于加强监管的通知', ['国务院国有资产监督管理委员会']],
    ['人力资源社会保障部财政部税务总局关于阶段性减免企业社会保险费的通知', ['人力资源社会保障部', '财政部', '税务总局']],
  ])('tells apart the issuers run together in %s', (title, issuers) => {
    expect(parsePolicy(`${title}\n各有关单位：\n现就有关事项通知如下。\n`).issuers).toEqual(issuers);
  });

  it('reads a joint decree, its number by year in brackets, past the English lines of a bilingual database', () => {
    const doc = parsePolicy(
      '卫生部、交通部令\n(No.2 [2004])\n(2004年第2号)\nThe Provisions are hereby promulgated.\n《突发公共卫生事件交通应急规定》已于2003年11月25日经交通部第15次部务会议通过，现予公布，自2004年5月1日起施行。\n卫生部部长　交通部部长\n吴仪　张春贤\n二〇〇四年三月四日\n突发公共卫生事件交通应急规定\n第一章　总则\n第一条　为了有效预防、及时控制和消除突发公共卫生事件的危害，制定本规定。\n',
    );
    expect(head(doc)).toEqual({
      title: '突发公共卫生事件交通应急规定',
      docNumber: '卫生部、交通部令第2号',
      issuers: ['卫生部', '交通部'],
      date: '2004-03-04',
      genre: '规定',
    });
  });

  it('takes joint issuers stacked a line each over a title a headline repeated without them', () => {
    const doc = parsePolicy(
      '关于印发《潍坊市机构编制管理暂行办法》的通知\n时间:2013-12-22  阅读:1797次\n中共潍坊市委\n潍坊市人民政府\n关于印发《潍坊市机构编制管理\n暂行办法》的通知\n各县市区委、人民政府，市委各部委，市政府各部门：\n现将《潍坊市机构编制管理暂行办法》印发给你们，请认真贯彻执行。\n中共潍坊市委\n潍坊市人民政府\n2007年8月l5日\n',
    );
    expect(doc.title).toBe('中共潍坊市委潍坊市人民政府关于印发《潍坊市机构编制管理暂行办法》的通知');
    expect(doc.issuers).toEqual(['中共潍坊市委', '潍坊市人民政府']);
    expect(doc.date).toBe('2007-08-15');
  });

  it.each([
    [
      'without its brackets, over two lines',
      '2017年3月29日眉山市第四届人民代表大会第二次会议\n第二次全体会议通过',
      '2017-03-29',
      '眉山市第四届人民代表大会第二次会议',
    ],
    [
      'with its 年月 and its first bracket lost',
      '2019219日弥渡县第十七届人民代表大会第三次会议第四次全体会议通过)',
      '2019-02-19',
      '弥渡县第十七届人民代表大会第三次会议',
    ],
  ])('reads a resolution’s adoption note printed %s: its date, and the session as the issuer', (_how, note, date, session) => {
    const doc = parsePolicy(`关于政府工作报告的决议\n${note}\n会议听取和审议了政府工作报告。会议同意报告提出的今年工作安排。\n`);
    expect(doc.date).toBe(date);
    expect(doc.issuers).toEqual([session]);
  });

  it('infers the body whose office printed a reply signed with a date alone', () => {
    const doc = parsePolicy(
      '关于进一步完善标示系统提案的答复\n王委员：\n您提出的提案收悉，现答复如下：\n以上答复，希望您能满意。\n2017年8月16日\n抄送：市政协提案委\n舞钢市交通运输局办公室 2017年8月16日印发\n',
    );
    expect(doc.issuers).toEqual(['舞钢市交通运输局']);
    expect(doc.provenance.issuer).toBe('inferred');
  });

  it('reads issuers signed side by side', () => {
    const doc = parsePolicy(
      '关于做好粮食收购工作的通知\n各区县粮食局、财政局：\n现就有关事项通知如下。\n重庆市粮食局　　重庆市财政局\n2019年6月1日\n',
    );
    expect(doc.issuers).toEqual(['重庆市粮食局', '重庆市财政局']);
    expect(doc.provenance.issuer).toBe('signoff');
  });
});

describe('转发 and cover notices', () => {
  it('gives a 转发 notice the forwarding body and records the forwarded document', () => {
    const doc = parsePolicy(
      '国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知\n国办发〔1997〕2号\n各省、自治区、直辖市人民政府：\n国家地震局《关于1997年地震趋势和加强防震减灾工作的意见报告》（震发〔1997〕1号）已经国务院同意，现转发给你们。\n国务院办公厅\n一九九七年二月四日\n',
    );
    expect(head(doc)).toEqual({
      title: '国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知',
      docNumber: '国办发〔1997〕2号',
      issuers: ['国务院办公厅'],
      date: '1997-02-04',
      genre: '通知',
    });
    expect(doc.forwarded).toEqual({
      issuer: '国家地震局',
      title: '国家地震局关于1997年地震趋势和加强防震减灾工作意见报告',
      docNumber: '震发〔1997〕1号',
    });
  });

  it.each(['教育部', '武警总部', '马万祺副主席', '广东省人民政府，教育部、外交部、财政部、体育总局'])(
    'reads the addressees %s',
    (addressees) => {
      const doc = parsePolicy(
        `国务院关于同意建立联席会议制度的批复\n国函〔2018〕144号\n${addressees}：\n你部请示收悉。现批复如下：\n`,
      );
      expect(doc.addressees).toBe(addressees);
    },
  );

  it('takes a reply to a deputy as a genuine document', () => {
    const doc = parsePolicy(
      '国务院办公厅对十届全国人大四次会议第7240号建议的答复\n国办函〔2006〕71号\n吴晓青代表：\n你提出的建议收悉，现答复如下：\n',
    );
    expect(head(doc)).toMatchObject({ docNumber: '国办函〔2006〕71号', issuers: ['国务院办公厅'], genre: '答复' });
    expect(doc.addressees).toBe('吴晓青代表');
  });
});

describe('run-on copies', () => {
  it('reads the head of a document whose line breaks were lost, keeping the line one paragraph', () => {
    const text =
      '信阳市人民政府 关于表彰2017年度安全生产先进单位的决定 信政〔2018〕17号 各县、区人民政府，市政府有关部门： 2017年，全市各级各部门认真贯彻落实安全生产决策部署，涌现出一大批先进典型。为表彰先进，市政府决定对罗山县人民政府等单位予以表彰。希望受表彰的单位珍惜荣誉，再接再厉，为全市安全生产形势持续稳定好转作出新的更大贡献。各地各部门要以先进为榜样，进一步增强做好安全生产工作的责任感和紧迫感，牢固树立安全发展理念，坚持问题导向，强化源头治理，扎实做好安全生产各项工作，坚决遏制重特大事故发生。\n信阳市人民政府\n2018年12月3日\n';
    const doc = parsePolicy(text);
    expect(head(doc)).toEqual({
      title: '信阳市人民政府关于表彰2017年度安全生产先进单位的决定',
      docNumber: '信政〔2018〕17号',
      issuers: ['信阳市人民政府'],
      date: '2018-12-03',
      genre: '决定',
    });
    expect(doc.addressees).toBe('各县、区人民政府，市政府有关部门');
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', start: 0 });
    expect(doc.blocks[0]?.role).toBeUndefined();
  });
});

describe('heads that law databases and portals rearrange', () => {
  it('reads a number glued to the end of the title', () => {
    const doc = parsePolicy(
      '教育部办公厅关于2017年中小学教学用书\n有关事项的通知教材厅函〔2017〕2号\n各省、自治区、直辖市教育厅(教委):\n为做好教学用书工作,现将有关事项通知如下:\n一、义务教育\n',
    );
    expect(head(doc)).toMatchObject({
      title: '教育部办公厅关于2017年中小学教学用书有关事项的通知',
      docNumber: '教材厅函〔2017〕2号',
      issuers: ['教育部办公厅'],
      genre: '通知',
    });
  });

  it('drops the year a database appends to a title, and keeps a plan’s own years', () => {
    expect(
      parsePolicy('国务院办公厅关于2013年部分节假日安排的通知(2012年)\n各省、自治区、直辖市人民政府：\n现将安排通知如下。\n')
        .title,
    ).toBe('国务院办公厅关于2013年部分节假日安排的通知');
    expect(parsePolicy('某某市“十四五”交通发展规划（2021年）\n一、发展基础\n').title).toBe(
      '某某市“十四五”交通发展规划（2021年）',
    );
  });

  it('takes a name over a date above the title for the portal’s table, not the sign-off', () => {
    const doc = parsePolicy(
      '政府信息公开\n006939748/2007-00023\n广东省人民政府\n2007-06-18\n关于批准并公布广东省第二批省级非物质文化遗产名录的通知\n粤府〔2007〕57号\n各地级以上市人民政府：\n现将名录公布。\n广东省人民政府\n2007年6月2日\n',
    );
    expect(head(doc)).toEqual({
      title: '关于批准并公布广东省第二批省级非物质文化遗产名录的通知',
      docNumber: '粤府〔2007〕57号',
      issuers: ['广东省人民政府'],
      date: '2007-06-02',
      genre: '通知',
    });
  });

  it('reads 【label】value rows, a 自治区 named without its region, and a number glued before the addressees', () => {
    const doc = parsePolicy(
      '【发布文号】新政发[1994]103号\n【发布日期】1994-12-27\n自治区人民政府关于\n印发新疆维吾尔自治区\n百万人温饱工程计划的通知\n各州、市、县(市)人民政府:\n现将计划印发给你们。\n',
    );
    expect(head(doc)).toMatchObject({ docNumber: '新政发〔1994〕103号', issuers: ['新疆维吾尔自治区人民政府'], genre: '通知' });
    // A law database records documents: its 【发布日期】 is the day the document was issued, not a page's.
    expect(doc).toMatchObject({ date: '1994-12-27', provenance: { date: 'table' } });
  });

  it('reads a gazette’s (number date) line and a 公告 numbered by year', () => {
    const gazette = parsePolicy(
      '宁夏回族自治区人民政府办公厅关于加强民生宣传纪律的通知\n(宁政办发〔2010〕9号 2010年1月14日)\n各市、县(区)人民政府:\n现通知如下。\n',
    );
    expect(head(gazette)).toMatchObject({ docNumber: '宁政办发〔2010〕9号', date: '2010-01-14' });
    const announcement = parsePolicy(
      '海关总署公告2010年第83号\n关于发布海关行业标准的公告\n现发布海关行业标准，自公布之日起实施。\n',
    );
    // With the body's name, as it is cited.
    expect(head(announcement)).toMatchObject({ docNumber: '海关总署公告2010年第83号', genre: '公告' });
  });

  it('takes a telephone area code for no heading and reads a title spaced out character by character', () => {
    expect(
      parsePolicy(
        '电话\n(028)86604546\n四川省人民政府\n关于命名首批省级生态县的决定\n川府函〔2022〕26号\n各市(州)人民政府:\n现决定如下。\n',
      ),
    ).toMatchObject({
      title: '四川省人民政府关于命名首批省级生态县的决定',
      docNumber: '川府函〔2022〕26号',
    });
    expect(
      parsePolicy('青 海 省 人 民 政 府 关 于 印 发 若 干 政 策 措 施 的 通 知\n青政〔2019〕1号\n各市人民政府:\n现印发给你们。\n')
        .title,
    ).toBe('青海省人民政府关于印发若干政策措施的通知');
  });

  it('places a 县政府 the page names without its county', () => {
    const doc = parsePolicy(
      '发布机构 县政府办公室\n县政府办2022年度政府信息公开工作年度报告\n本报告由府谷县人民政府办公室编制。府谷县政府门户网站发布。\n',
    );
    expect(doc.issuers).toEqual(['府谷县人民政府办公室']);
  });
});

describe('page information tables and site chrome', () => {
  it('reads a table copied with the text and keeps it out of the body', () => {
    const doc = parsePolicy(
      [
        '索 引 号：000014349/2018-00218　　主题分类：财政、金融、审计\\税务',
        '发文机关：国务院　　成文日期：2018年12月18日',
        '标　　题：国务院关于印发个人所得税专项附加扣除暂行办法的通知',
        '发文字号：国发〔2018〕41号　　发布日期：2018年12月22日',
        '时效性：现行有效',
        '国务院关于印发个人所得税专项附加扣除暂行办法的通知',
        '各省、自治区、直辖市人民政府：',
        '现将《个人所得税专项附加扣除暂行办法》印发给你们，请认真贯彻执行。',
      ].join('\n'),
    );
    expect(doc).toMatchObject({
      title: '国务院关于印发个人所得税专项附加扣除暂行办法的通知',
      docNumber: '国发〔2018〕41号',
      issuer: '国务院',
      date: '2018-12-18',
      publishedDate: '2018-12-22',
      indexNumber: '000014349/2018-00218',
      topic: '财政、金融、审计\\税务',
      validity: '现行有效',
    });
    expect(doc.provenance).toMatchObject({ title: 'table', docNumber: 'table', issuer: 'table', date: 'table' });
    expect(doc.blocks.filter((b) => b.role === 'info')).toHaveLength(5);
    expect(firstBodyBlock(doc)).toBe('现将《个人所得税专项附加扣除暂行办法》印发给你们，请认真贯彻执行。');
  });

  it('does not take a web site for the issuer', () => {
    const doc = parsePolicy(
      '发文机构：县政府网站\n发文字号：镇政发〔2024〕7号\n镇巴县人民政府工作规则\n第一章 总则\n一、根据宪法，制定本规则。\n',
    );
    expect(doc.issuers).toEqual(['镇巴县人民政府']);
    expect(doc.provenance.issuer).toBe('inferred');
  });
});

describe('heads broken where a clerk breaks them', () => {
  it('carries a title on over a line that ends with 印发', () => {
    const doc = parsePolicy(
      [
        '鹤政发〔2025〕4号',
        '鹤岗市人民政府 鹤岗市中级人民法院印发',
        '关于完善“府院联动”机制的意见的通知',
        '各县(区)人民政府、法院，市政府各部门：',
        '《关于完善“府院联动”机制的意见》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。',
        '鹤岗市人民政府 鹤岗市中级人民法院',
        '2025年4月30日',
      ].join('\n'),
    );
    expect(doc.title).toBe('鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知');
    expect(doc.docNumber).toBe('鹤政发〔2025〕4号');
    expect(doc.date).toBe('2025-04-30');
  });

  it('takes a gazette number note off the addressees it is glued to', () => {
    const doc = parsePolicy(
      [
        '自治区人民政府关于印发新疆维吾尔自治区百万人温饱工程计划的通知',
        '(新政发〔1994〕103号)伊犁哈萨克自治州，各州、市、县(市)人民政府，各行政公署：',
        '现将《新疆维吾尔自治区百万人温饱工程计划》印发给你们，请遵照执行。',
      ].join('\n'),
    );
    expect(doc.addressees).toBe('伊犁哈萨克自治州，各州、市、县(市)人民政府，各行政公署');
    expect(doc.docNumber).toBe('新政发〔1994〕103号');
  });
});

describe('forms of a fifth collection of real documents', () => {
  it('skips a headline that calls out, and reads a title that names no place from the issuer above it', () => {
    const doc = parsePolicy(
      [
        '注意!保定易县进行洪崖山集中治理',
        '永兴县人民政府',
        '森林防火禁火令',
        '为有效防范和遏制森林火灾，特发布如下禁火令：',
        '一、全年为森林防火期。',
      ].join('\n'),
    );
    expect(doc.title).toBe('永兴县人民政府森林防火禁火令');
    expect(doc.genre).toBe('命令');
    expect(doc.issuers).toEqual(['永兴县人民政府']);
  });

  it('keeps a decree head out of the title above it', () => {
    const doc = parsePolicy(
      [
        '江西省人民政府关于废止4件和修改7件省政府规章的决定',
        '江西省人民政府令',
        '(第273号)',
        '《江西省人民政府关于废止4件和修改7件省政府规章的决定》已经2025年10月27日省政府第62次常务会议审议通过，现予公布。',
        '省长 叶建春',
        '2025年11月6日',
      ].join('\n'),
    );
    expect(doc.title).toBe('江西省人民政府关于废止4件和修改7件省政府规章的决定');
    expect(doc.docNumber).toBe('江西省人民政府令第273号');
  });

  it('takes the 文种 of a reply without a title from what it says it does', () => {
    const approval = parsePolicy('县水务局：\n经县政府研究，原则同意你局的请示。\n特此批复。\n二〇〇五年四月二十九日\n');
    expect(approval.genre).toBe('批复');
    expect(approval.provenance.title).toBe('inferred');
    const reply = parsePolicy(
      '弋府字〔2015〕23号\n清湖乡人民政府：\n你乡的请示收悉，现批复如下：\n一、同意。\n弋阳县人民政府\n2015年3月3日\n',
    );
    expect(reply.genre).toBe('批复');
    expect(reply.addressees).toBe('清湖乡人民政府');
  });

  it('reads a law database’s fields whose labels run into their values', () => {
    const doc = parsePolicy(
      [
        '发文机关国务院',
        '发文日期2008年01月11日',
        '时效性现行有效',
        '发文字号国函〔2008〕2号',
        '效力级别国务院规范性文件',
        '发展改革委：',
        '你委《关于报送促进中部地区崛起工作部际联席会议制度的请示》收悉。现批复如下：',
        '同意建立促进中部地区崛起工作部际联席会议制度。',
      ].join('\n'),
    );
    expect(doc).toMatchObject({
      docNumber: '国函〔2008〕2号',
      issuer: '国务院',
      date: '2008-01-11',
      genre: '批复',
      validity: '现行有效',
    });
    expect(doc.addressees).toBe('发展改革委');
  });

  it('reads a gazette’s note glued to the first sentence', () => {
    const doc = parsePolicy(
      [
        '安徽省人民政府关于任免国家机关工作人员问题的通知',
        '(1985年5月4日皖政〔1985〕38号)  根据地方组织法的规定，现将有关问题通知如下：',
        '1、下列工作人员，由省长提请省人大常委会决定任免：',
        '省政府秘书长。',
      ].join('\n'),
    );
    expect(doc).toMatchObject({ docNumber: '皖政〔1985〕38号', date: '1985-05-04', addressees: null });
  });

  it('reads a table printed as a header row and a row of values under the text', () => {
    const doc = parsePolicy(
      [
        '关于对2010年度农村公路通达杯竞赛活动进行表彰的决定',
        '经综合检查评定，市政府决定对先进单位进行表彰。',
        '二○一一年二月二十三日',
        '索  引  号 文       号 发布机构 发布日期',
        'N001-2011-000627 宛政〔2011〕7号',
        '南阳市人民政府办公室 2011-03-04',
        '留言与评论(共有 0 条评论)',
      ].join('\n'),
    );
    expect(doc).toMatchObject({ docNumber: '宛政〔2011〕7号', date: '2011-02-23', publishedDate: '2011-03-04' });
    expect(doc.indexNumber).toBe('N001-2011-000627');
    expect(doc.blocks.filter((b) => b.role === 'info')).toHaveLength(3);
  });

  it('takes the regulation a decree promulgates for the title of a text that has none', () => {
    const doc = parsePolicy(
      [
        '发文单位:四川省成都市人民政府',
        '《成都市授予荣誉市民称号规定》已经2006年8月24日市政府第83次常务会议讨论通过，现予公布，自2006年12月1日起施行。',
        '市长：',
        '第一条 为鼓励和表彰对经济社会发展做出突出贡献的市外人士，制定本规定。',
      ].join('\n'),
    );
    expect(doc.title).toBe('成都市授予荣誉市民称号规定');
    expect(doc.genre).toBe('规定');
  });

  it('reads a salutation in traditional script as the addressees (廣大納稅人)', () => {
    const doc = parsePolicy(
      '關于延長申報期限的通告\n廣大納稅人:\n為方便納稅人辦理申報，現將有關事項通告如下。\n一、延長申報期限。\n特此通告。\n某某市稅務局\n2020年2月3日\n',
    );
    expect(doc.addressees).toBe('廣大納稅人');
  });

  it('reads addressees named without a colon, or broken mid-name over two lines', () => {
    const reply = parsePolicy(
      '盐池县教育体育局关于对政协第十届委员会五次会议49号提案的答复函\n贺文国、佟金菊委员\n《关于更新补充农村中小学适用图书的建议》收悉，现答复如下：\n',
    );
    expect(reply.addressees).toBe('贺文国、佟金菊委员');
    const notice = parsePolicy(
      [
        '新政发〔2020〕16号',
        '关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知',
        '伊犁哈萨克自治州，各州、市、县（市）人民政府，各行政公署，自治',
        '区人民政府各部门、各直属机构：',
        '《实施意见》已经自治区人民政府常务会议审议通过，现印发给你们。',
      ].join('\n'),
    );
    expect(notice.addressees).toBe('伊犁哈萨克自治州，各州、市、县（市）人民政府，各行政公署，自治区人民政府各部门、各直属机构');
  });

  it('reads numbers spaced apart from their brackets, and a year’s series number without a code', () => {
    expect(
      parsePolicy('许昌市人民政府办公室关于印发应急预案的通知\n许政办 [2021] 15号\n各县人民政府：\n现印发你们。\n').docNumber,
    ).toBe('许政办〔2021〕15号');
    expect(parsePolicy('邓州市人民政府土地征收启动公告\n〔2022〕第1号\n为保障用地需求，现发布公告：\n').docNumber).toBe(
      '〔2022〕第1号',
    );
  });

  it('gives a province’s or city’s 政府 its full name, 人民政府', () => {
    const doc = parsePolicy(
      '江苏省政府办公厅转发省文化厅关于文化产业引导资金管理办法的通知\n各市、县人民政府：\n现转发给你们。\n',
    );
    expect(doc.issuers).toEqual(['江苏省人民政府办公厅']);
  });
});

describe('forms of a sixth collection of real documents', () => {
  it('reads a decree head whose number is bracketed on the same line, and 『』 around a year', () => {
    const decree = parsePolicy('湖北省行政事业性收费管理规定\n湖北省人民政府令(第52号)\n第一条 为加强收费管理，制定本规定。\n');
    expect(decree).toMatchObject({
      docNumber: '湖北省人民政府令第52号',
      issuer: '湖北省人民政府',
      title: '湖北省行政事业性收费管理规定',
    });
    expect(
      parsePolicy(
        '南昌市城镇职工大病医疗救助保险暂行办法\n南昌市人民政府\n洪府发『2001』11号\n第一条 为保障职工，制定本办法。\n',
      ),
    ).toMatchObject({
      docNumber: '洪府发〔2001〕11号',
      issuer: '南昌市人民政府',
    });
  });

  it('dates and names a congress’s decision from its adoption note, the standing committee whichever its term', () => {
    const doc = parsePolicy(
      '关于批准区人民政府2019年政府投资项目计划的决定\n2019年3月11日滁州市琅琊区第六届人民代表大会常务委员会第十六次会议通过\n区第六届人大常委会第十六次会议审议了区人民政府的报告，决定批准。\n',
    );
    expect(doc).toMatchObject({ date: '2019-03-11', issuer: '滁州市琅琊区人民代表大会常务委员会', genre: '决定' });
  });

  it('ends a cover notice’s title at 的通知, the issued document’s title on the next line apart', () => {
    const doc = parsePolicy(
      '山西省人民政府 关于印发山西省打赢蓝天保卫战 三年行动计划的通知\n山西省打赢蓝天保卫战三年行动计划\n为认真贯彻落实党中央决策部署，制定本计划。\n',
    );
    expect(doc.title).toBe('山西省人民政府关于印发山西省打赢蓝天保卫战三年行动计划的通知');
    expect(doc.genre).toBe('通知');
  });

  it('types an untitled cover notice from 印发给你们, and takes a site’s English label off the addressees', () => {
    const doc = parsePolicy(
      '政策法规\nPolicies and regulations各区人民政府，市政府各委、办、局：\n现将天津市贯彻落实一揽子政策措施实施方案印发给你们，望遵照执行。\n天津市人民政府\n2022年5月30日\n',
    );
    expect(doc).toMatchObject({ genre: '通知', addressees: '各区人民政府，市政府各委、办、局', date: '2022-05-30' });
  });
});

describe('forms of a seventh collection of real documents', () => {
  it('reads a table whose labels run into the value before them, and drops the notes a title cell carries', () => {
    const doc = parsePolicy(
      '发文单位:河池市人民政府成文日期:2021年12月30日\n标  题:河池市人民政府关于印发河池市政府投资项目管理办法的通知(河政发〔2021〕25号)(统一编号:HCZFG-2021-005)\n发文字号:河政发〔2021〕25号发布日期:2021年12月31日\n各县(区)人民政府:\n《河池市政府投资项目管理办法》已经市人民政府同意，现印发给你们。\n',
    );
    expect(doc).toMatchObject({
      title: '河池市人民政府关于印发河池市政府投资项目管理办法的通知',
      docNumber: '河政发〔2021〕25号',
      issuer: '河池市人民政府',
      date: '2021-12-30',
    });
  });

  it('reads a table copied one cell a line, label then value, and the addressees under it', () => {
    const doc = parsePolicy(
      '十堰市统计局关于印发《十堰市经济普查实施办法》的通知\n索引号\n011080691/2023-70749\n主题分类\n统计\n发布机构\n十堰市统计局\n文号\n十统文〔2023〕9号\n各县(市、区)统计局，十堰经济技术开发区管委会统计局，市普查领导小组各成员单位:\n现将《十堰市经济普查实施办法》印发给你们。\n十堰市统计局\n2023年8月30日\n',
    );
    expect(doc).toMatchObject({
      docNumber: '十统文〔2023〕9号',
      topic: '统计',
      addressees: '各县(市、区)统计局，十堰经济技术开发区管委会统计局，市普查领导小组各成员单位',
    });
    expect(doc.text).toContain('索引号');
    expect(doc.blocks.find((b) => !b.role)?.text).toBe('现将《十堰市经济普查实施办法》印发给你们。');
  });

  it('reads a label after an empty one, a label made of two (备注/文号), and a cell that starts with the number', () => {
    expect(
      parsePolicy(
        '主题词: 发布机构: 信息办 文    号: 宜政办发〔2017〕119号\n宜川县人民政府办公室关于印发应急预案的通知\n各乡镇人民政府:\n现印发给你们。\n',
      ).docNumber,
    ).toBe('宜政办发〔2017〕119号');
    expect(
      parsePolicy('备注/文号:厦营商办〔2023〕7号\n关于印发任务分解表的通知\n各区人民政府:\n现印发给你们。\n').docNumber,
    ).toBe('厦营商办〔2023〕7号');
    const doc = parsePolicy(
      '标 题: | 盘政发〔2010〕22号 盘锦市人民政府关于表彰优胜单位的决定 | |\n各县、区人民政府:\n为表彰先进，市政府决定。\n',
    );
    expect(doc.title).toBe('盘锦市人民政府关于表彰优胜单位的决定');
  });

  it('takes the title the head prints in full over a table’s that leaves the issuer off', () => {
    const doc = parsePolicy(
      '名    称:关于印发辛集市重污染天气应急预案的通知 发布机构:辛集市人民政府办公室\n辛政办字〔2024〕2号\n辛集市人民政府办公室\n关于印发辛集市重污染天气应急预案的\n通    知\n各乡、镇人民政府:\n《辛集市重污染天气应急预案》已经市政府同意，现印发给你们。\n',
    );
    expect(doc.title).toBe('辛集市人民政府办公室关于印发辛集市重污染天气应急预案的通知');
  });

  it('lets the title and sign-off outrank a table that names the office that put the page up', () => {
    const doc = parsePolicy(
      '- 发文机关: 天水市人民政府办公室\n- 成文日期:\n- 标题: 天水市交通运输局关于对市八届人大五次会议第144号建议的答复\n马创成代表:\n你们提出的建议收悉，现答复如下。\n',
    );
    expect(doc.issuers).toEqual(['天水市交通运输局']);
    expect(doc.genre).toBe('答复');
  });

  it('reads a number bracketed after the title, a reply’s class after its number, and a 公告 number before the title', () => {
    expect(
      parsePolicy('关于省十三届人大一次会议温36号建议的答复[浙交建〔2018〕101号]\n蓝德云代表:\n您的建议收悉。\n'),
    ).toMatchObject({
      title: '关于省十三届人大一次会议温36号建议的答复',
      docNumber: '浙交建〔2018〕101号',
    });
    expect(parsePolicy('平交复函[2017]19号B类\n关于对第82号建议的\n答    复\n陈根明代表:\n您的建议收悉。\n').docNumber).toBe(
      '平交复函〔2017〕19号',
    );
    expect(parsePolicy('〔2022〕第39号兰考县人民政府征收土地预公告\n为保障用地需求，现发布预公告。\n')).toMatchObject({
      title: '兰考县人民政府征收土地预公告',
      docNumber: '〔2022〕第39号',
      issuer: '兰考县人民政府',
      genre: '公告',
    });
  });

  it('reads a regulation named before its decree head, signed by an official and dated on one line', () => {
    const doc = parsePolicy(
      '广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号\n《广西壮族自治区土地整治办法》已经自治区人民政府常务会议审议通过，现予发布。\n自治区主席 陈 武 2016年12月6日\n广西壮族自治区土地整治办法\n第一章 总 则\n第一条 为了规范土地整治活动，制定本办法。\n',
    );
    expect(head(doc)).toEqual({
      title: '广西壮族自治区土地整治办法',
      docNumber: '广西壮族自治区人民政府令第116号',
      issuers: ['广西壮族自治区人民政府'],
      date: '2016-12-06',
      genre: '办法',
    });
    expect(normaliseDocNumber('广西壮族自治区人民政府令2016年第116号')).toBe('广西壮族自治区人民政府令第116号');
  });

  it('reads a congress’s numbered 公告 as the promulgation of the regulation above it', () => {
    const doc = parsePolicy(
      '深圳市人民代表大会常务委员会听证条例\n深圳市人民代表大会常务委员会公告\n第三十七号\n《深圳市人民代表大会常务委员会听证条例》业经批准，现予公布。\n深圳市人民代表大会常务委员会\n2001年12月26日\n',
    );
    expect(doc).toMatchObject({
      title: '深圳市人民代表大会常务委员会听证条例',
      docNumber: '深圳市人民代表大会常务委员会公告第37号',
    });
    expect(normaliseDocNumber('深圳市人民代表大会常务委员会公告第三十七号')).toBe('深圳市人民代表大会常务委员会公告第37号');
  });

  it('dates a forwarding notice whose date stands above the forwarded document’s bodies, and a date that lost 月日', () => {
    const forwarding = parsePolicy(
      '沧州市人民政府办公室转发市发改委等部门《支持农村邮政物流发展实施办法》的通知\n沧政办字〔2009〕120号\n各县(市、区)人民政府:\n市发展改革委等部门《支持农村邮政物流发展实施办法》已经市政府同意，现转发给你们。\n二〇〇九年八月三十日\n沧州市发展改革委\n沧州市邮政局\n支持农村邮政物流发展实施办法\n第一条 为服务新农村建设，特制定本办法。\n',
    );
    expect(forwarding.date).toBe('2009-08-30');
    const garbled = parsePolicy(
      '区政府办公室关于印发森林火灾应急预案的通知\n各乡镇人民政府:\n现将预案印发给你们。\n上饶市广丰区人民政府办公室\n2019年1123\n',
    );
    expect(garbled).toMatchObject({ date: '2019-11-23', issuer: '上饶市广丰区人民政府办公室' });
  });

  it('names no issuer for a title that opens with 转发, and types a reply whose title runs on after a colon', () => {
    const forwarded = parsePolicy(
      '转发省国土资源厅关于建设用地批复的通知(穗国房函[2009]2229号)\n荔湾、番禺区分局:\n现转发给你们。\n',
    );
    expect(forwarded.issuers).toEqual([]);
    expect(
      parsePolicy(
        '标  题: 对县十八届人大五次会议第3号建议的答复:镇西镇中心小学筹建风雨操场的建议\n何秋兰代表:\n您提出的建议收悉。\n',
      ).genre,
    ).toBe('答复');
  });
});

describe('forms of an eighth collection of real documents', () => {
  it('reads a law database’s title / issuer / title again / number, and the date before the issued document', () => {
    const doc = parsePolicy(
      '热门站点| 世界资料网 | 专利资料网\n关于印发《国防科技工业标准制定工作程序(试行)》的通知\n作者:法律资料网 时间:2024-07-22 04:02:42 来源:法律资料网\n关于印发《国防科技工业标准制定工作程序(试行)》的通知\n国防科学技术工业委员会\n关于印发《国防科技工业标准制定工作程序(试行)》的通知\n科工法字[2000] 851号\n各军工集团公司,国务院有关部门:\n现将国防科技工业标准制定工作程序(试行)》印发给你们,请遵照执行。\n2000年11月13日\n国防科技工业标准制定工作程序(试行)\n第一章 总 则\n第一条 为了规范标准制定工作,制定本工作程序。\n',
    );
    expect(head(doc)).toEqual({
      title: '关于印发《国防科技工业标准制定工作程序(试行)》的通知',
      docNumber: '科工法字〔2000〕851号',
      issuers: ['国防科学技术工业委员会'],
      date: '2000-11-13',
      genre: '通知',
    });
    expect(doc.blocks.filter((b) => !b.role)[0]?.text).toBe('现将国防科技工业标准制定工作程序(试行)》印发给你们,请遵照执行。');
  });

  it('reads a decree number with its year before the regulation’s name on one line', () => {
    const doc = parsePolicy(
      '商业特许经营备案管理办法\n商务部\n商务部令2007年第15号 商业特许经营备案管理办法\n《商业特许经营备案管理办法》已于2007年4月6日经商务部部务会讨论通过，现予以公布。\n部 长:薄熙来\n二○○七年四月三十日\n商业特许经营备案管理办法\n第一条 为加强对商业特许经营活动的管理，制定本办法。\n',
    );
    expect(doc).toMatchObject({
      title: '商业特许经营备案管理办法',
      docNumber: '商务部令第15号',
      issuer: '商务部',
      genre: '办法',
    });
  });

  it('names each ministry of a joint title spaced apart, read beside the number', () => {
    const doc = parsePolicy(
      '财科教【2017】6号 财政部 科技部 教育部 发展改革委关于进一步做好科研项目资金管理工作的通知\n各省、自治区财政厅:\n为贯彻落实有关要求，现就有关事项通知如下。\n',
    );
    expect(doc.issuers).toEqual(['财政部', '科技部', '教育部', '发展改革委']);
    expect(doc.title).toBe('财政部科技部教育部发展改革委关于进一步做好科研项目资金管理工作的通知');
  });

  it('leaves a site menu out of the title, reads a law database’s fields and the addressees under them', () => {
    const doc = parsePolicy(
      '我的法规 最新法规 点击最多 失效法规 资料下载 法规解读 下载绿色版 法规搜索\n法规分类\nLoading...\n热点专题\n二手房买卖\n首页 > 财经相关法律法规 > 劳动就业 >\n发文标题: 长沙市人力资源和社会保障局关于印发《长沙市民办职业培训机构审批和管理办法》\n发文文号: 长人社发[2013]5号\n发文部门: 长沙市人力资源和社会保障局\n发文时间: 2013-1-17\n实施时间: 2013-1-17\n阅读人次: 5185\n发文内容:\n各区、县(市)人力资源和社会保障局,各有关单位:\n现将《长沙市民办职业培训机构审批和管理办法》印发给你们,请认真遵照执行。\n二〇一三年一月十七日\n长沙市民办职业培训机构审批和管理办法\n第一章 总 则\n',
    );
    expect(doc).toMatchObject({
      title: '长沙市人力资源和社会保障局关于印发《长沙市民办职业培训机构审批和管理办法》的通知',
      docNumber: '长人社发〔2013〕5号',
      issuer: '长沙市人力资源和社会保障局',
      date: '2013-01-17',
      genre: '通知',
      addressees: '各区、县(市)人力资源和社会保障局,各有关单位',
    });
  });

  it('reads a congress’s 公告 spaced out over its own line, naming the congress without its term', () => {
    const doc = parsePolicy(
      '无锡市盐业管理条例\n江苏省无锡市人大常委会\n无锡市第十四届人民代表大会常务委员会\n公 告\n第1号\n《无锡市盐业管理条例》已由常务委员会会议制定，现予公布。\n2008年7月24日\n无锡市盐业管理条例\n第一条 为了加强盐业管理，制定本条例。\n',
    );
    expect(doc).toMatchObject({
      title: '无锡市盐业管理条例',
      docNumber: '无锡市第十四届人民代表大会常务委员会公告第1号',
      issuer: '无锡市人民代表大会常务委员会',
    });
  });

  it('reads several labels run into their values on one line, in either script', () => {
    const doc = parsePolicy(
      '索引號 000014348/2020-00052 主題分類 綜合政務\n發文機構武漢市人民政府辦公廳發文字號武政辦〔2020〕1號\n市人民政府辦公廳關于印發責任分解方案的通知\n各區人民政府:\n現印發給你們。\n',
    );
    expect(doc).toMatchObject({ docNumber: '武政辦〔2020〕1號', issuer: '武漢市人民政府辦公廳' });
  });

  it('keeps a number whole in a head flattened from a PDF, where a space stands before 号', () => {
    const doc = parsePolicy(
      '邵双政发〔2022〕60 号 双凤乡人民政府 关于修订印发应急预案的通知 各村、乡属各部门: 新修订的应急预案已经乡人民政府同意,现印发给你们,请认真遵照执行。\n',
    );
    expect(doc.docNumber).toBe('邵双政发〔2022〕60号');
    expect(doc.title).toBe('双凤乡人民政府关于修订印发应急预案的通知');
  });

  it('reads a disclosure table’s 公开程序 row as the table’s, a date that lost its 月 (2018516日), and a decree’s dated note', () => {
    const doc = parsePolicy(
      '册亨县人民政府办公室关于印发册亨县地质灾害应急预案的通知\n文号 册府办发〔2018〕44号 是否有效\n公开方式 主动公开 公开范围 面向社会\n公开程序 门编制,经办公室审核后公开 公开时限 长期公开\n各乡(镇、街道)人民政府(办事处),县有关工作部门:\n《册亨县地质灾害应急预案》经县人民政府研究同意,印发给你们,请遵照执行。\n册亨县人民政府办公室\n2018516日\n',
    );
    expect(doc).toMatchObject({ addressees: '各乡(镇、街道)人民政府(办事处),县有关工作部门', date: '2018-05-16' });
    const decree = parsePolicy(
      '國家標準管理辦法\n( 2022年9月9日國家市場監督管理總局令第59號公布 自2023年3月1日起施行)\n第一章 總則\n第一條 為了加強國家標準管理,制定本辦法。\n',
    );
    expect(decree).toMatchObject({ date: '2022-09-09', docNumber: '國家市場監督管理總局令第59號' });
  });
});

describe('forms of a ninth collection of real documents', () => {
  it('reads a head note wrapped over lines, and one that gives the decree and its date after the adoption', () => {
    const decree = parsePolicy(
      '深圳经济特区土地使用权招标、拍卖规定\n广东省深圳市人民政府\n深圳经济特区土地使用权招标、拍卖规定\n(深圳市人民政府二届90次常务会议审议通过\n\n1998年2月6日深圳市人民政府令第68号发布)\n第一条 为了规范土地使用权招标、拍卖，制定本规定。\n',
    );
    expect(decree).toMatchObject({
      title: '深圳经济特区土地使用权招标、拍卖规定',
      docNumber: '深圳市人民政府令第68号',
      issuer: '深圳市人民政府',
      date: '1998-02-06',
    });
    const decision = parsePolicy(
      '甘肃省人民代表大会常务委员会关于修改\n《甘肃省人民代表大会常务委员会\n人事任免办法》的决定\n(2023年5月31日甘肃省第十四届人民代表大会\n常务委员会第三次会议通过)\n甘肃省第十四届人民代表大会常务委员会第三次会议决定对《甘肃省人民代表大会常务委员会人事任免办法》作如下修改:\n一、将第二条修改为：“……”\n',
    );
    expect(decision).toMatchObject({ date: '2023-05-31', addressees: null, genre: '决定' });
  });

  it('reads a note of number and date (…印发), and of a decree number before its date', () => {
    const rules = parsePolicy(
      '河北省人民政府工作规则\n(冀政发〔2018〕11号 2018年5月18日印发)\n第一章 总  则\n一、根据宪法，制定本规则。\n',
    );
    expect(rules).toMatchObject({ docNumber: '冀政发〔2018〕11号', date: '2018-05-18' });
    const measures = parsePolicy(
      '山东省饲料工业管理暂行办法\n(山东省人民政府令第6号 1990年6月29日)\n第一章 总则\n第一条 为加强管理，制定本办法。\n',
    );
    expect(measures).toMatchObject({ docNumber: '山东省人民政府令第6号', date: '1990-06-29', issuer: '山东省人民政府' });
  });

  it('does not take a title’s note for the value of an empty table label', () => {
    const doc = parsePolicy(
      '深圳市第四届人民代表大会第一次会议关于市人民政府工作报告的决议\n发布部门: 广东省深圳市人民代表大会\n发布文号:\n(2005年6月2日深圳市第四届人民代表大会第一次会议通过)\n会议决定批准这个报告。\n',
    );
    expect(doc).toMatchObject({ date: '2005-06-02', docNumber: null, issuer: '深圳市第四届人民代表大会第一次会议' });
  });

  it('reads a number and a date whose closing bracket, 号 and 年月日 a page lost', () => {
    const doc = parsePolicy(
      '中共江西省委 江西省人民政府关于贯彻《国务院关于支持赣南等原中央苏区振兴发展的若干意见》的实施意见\n201276\n赣发〔20128\n为认真贯彻落实《意见》，现提出如下实施意见。\n一、全面把握《意见》的精神实质\n',
    );
    expect(doc).toMatchObject({ docNumber: '赣发〔2012〕8号', date: '2012-07-06' });
  });

  it('reads an office’s numbered 公告 and its name printed in full under the title, and a congress 公告 titled by its head', () => {
    const measures = parsePolicy(
      '德宏州州级储备菜籽油管理办法(试行)\n来源:法律资料网\n德宏州州级储备菜籽油管理办法(试行)\n云南省德宏傣族景颇族自治州人民政府办公室\n德宏州人民政府办公室公告\n第8号\n现公布《德宏州州级储备菜籽油管理办法(试行)》，自2008年10月1日起施行。\n二○○八年九月二十八日\n德宏州州级储备菜籽油管理办法(试行)\n第一章 总 则\n',
    );
    expect(measures).toMatchObject({
      docNumber: '德宏州人民政府办公室公告第8号',
      issuer: '德宏傣族景颇族自治州人民政府办公室',
      date: '2008-09-28',
    });
    const notice = parsePolicy(
      '哈尔滨市第十五届人民代表大会常务委员会公告\n第7号\n哈尔滨市第十五届人民代表大会常务委员会第四次会议于2017年6月22日举行。\n特此公告。\n2017年6月16日\n',
    );
    expect(notice).toMatchObject({
      title: '哈尔滨市第十五届人民代表大会常务委员会公告',
      genre: '公告',
      issuer: '哈尔滨市人民代表大会常务委员会',
    });
  });

  it('leaves a news dateline and a print link out of the title', () => {
    const resolution = parsePolicy(
      '新华网北京3月16日电 第十届全国人民代表大会第五次会议关于政府工作报告的决议\n(2007年3月16日第十届全国人民代表大会第五次会议通过)\n会议决定批准这个报告。\n',
    );
    expect(resolution).toMatchObject({
      title: '第十届全国人民代表大会第五次会议关于政府工作报告的决议',
      issuer: '第十届全国人民代表大会第五次会议',
      date: '2007-03-16',
    });
    const opinions = parsePolicy(
      '友善列印、收藏\n國務院\n關於推動內蒙古高品質發展的意見\n國發〔2023〕16號\n各省、自治區、直轄市人民政府:\n為深入貫徹，提出如下意見。\n',
    );
    expect(opinions).toMatchObject({ title: '國務院關於推動內蒙古高品質發展的意見', issuer: '國務院' });
  });

  it('reads a traditional table with padded labels, and a numbered list of bracketed labels', () => {
    const doc = parsePolicy(
      '索  引  號: 011746318/2019-00884 主題分類: 國家經濟管理\n發布機構: 內蒙古自治區人民政府 發文日期: 2019-01-07\n標       題: 內蒙古自治區人民政府印發《關于加快推進呼包鄂協同發展的若干政策措施》的通知\n文       號: 內政發〔2019〕2號 主  題  詞:\n各盟行政公署、市人民政府:\n現將《措施》印發給你們。\n',
    );
    expect(doc).toMatchObject({
      title: '內蒙古自治區人民政府印發《關于加快推進呼包鄂協同發展的若干政策措施》的通知',
      docNumber: '內政發〔2019〕2號',
      date: '2019-01-07',
    });
    const plan = parsePolicy(
      '1. [主题分类] 国民经济\n2. [规划分类] 区级规划纲要\n3. [发文单位] 北京市西城区人民政府\n4. [发布日期]2018-01-16\n北京市西城区国民经济和社会发展第十三个五年规划纲要\n分享:\n打印本页\n北京市西城区人民政府\n二〇一六年一月\n目 录\n',
    );
    expect(plan).toMatchObject({
      title: '北京市西城区国民经济和社会发展第十三个五年规划纲要',
      issuer: '北京市西城区人民政府',
      genre: '规划',
      publishedDate: '2018-01-16',
    });
  });

  it('names a city’s body without its province, a decree number in its own script, and a sign-off’s place from the title', () => {
    const decree = parsePolicy(
      '沈阳市鼓励华侨投资的规定\n辽宁省沈阳市人民政府\n沈阳市鼓励华侨投资的规定\n(沈政令〔1997〕29号)\n第一条 为鼓励投资，制定本规定。\n',
    );
    expect(decree.issuer).toBe('沈阳市人民政府');
    const measures = parsePolicy(
      '重慶兩江新區管理辦法\n重慶市人民政府令第303號\n《重慶兩江新區管理辦法》已經市政府同意，現予公布。\n',
    );
    expect(measures.docNumber).toBe('重慶市人民政府令第303號');
    const notice = parsePolicy(
      '上海市浦东新区区委组织部办公室关于报送有关情况的通知\n各社区(街道)、镇党(工)委组织人事部门:\n请于4月15日前报送。\n区委组织部办公室\n2010年4月9日\n',
    );
    expect(notice.issuer).toBe('上海市浦东新区区委组织部办公室');
  });
});

describe('forms of a tenth collection of real documents', () => {
  it('takes the head under its number in full where a headline left the issuer off', () => {
    const doc = parsePolicy(
      '关于印发2015年全市深化医药卫生体制改革下步工作要点的通知\n访问量:\n赣市府办字〔2015118\n赣州市人民政府办公厅\n关于印发2015年全市深化医药卫生\n体制改革下步工作要点的通知\n各县(市、区)人民政府,市政府有关部门:\n《工作要点》已经市政府同意,现印发给你们。\n',
    );
    expect(doc).toMatchObject({
      title: '赣州市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知',
      docNumber: '赣市府办字〔2015〕118号',
      issuer: '赣州市人民政府办公厅',
    });
  });

  it('keeps a law database’s title apart from the issuer line above its repeat', () => {
    const doc = parsePolicy(
      '生猪屠宰管理条例\n作者:法律资料网 时间:2024-07-23\n生猪屠宰管理条例\n国务院\n生猪屠宰管理条例\n中华人民共和国国务院令\n第238号\n《生猪屠宰管理条例》已经国务院常务会议通过，现予发布。\n总理李鹏\n1997年12月19日\n第一条 为了加强生猪屠宰管理，制定本条例。\n',
    );
    expect(doc).toMatchObject({ title: '生猪屠宰管理条例', docNumber: '国令第238号', issuer: '国务院', date: '1997-12-19' });
    expect(normaliseDocNumber('中华人民共和国国务院令 第238号')).toBe('国令第238号');
  });

  it('reads a number without brackets or 号, one with a reply’s class and openness after it, and a bare 第N号', () => {
    expect(
      parsePolicy('清远市安全生产委员会办公室关于挂牌督办的函\n清安办函201851\n佛冈县人民政府:\n现函告如下。\n').docNumber,
    ).toBe('清安办函〔2018〕51号');
    expect(
      parsePolicy('对岳阳市政协八届四次会议第196号提案的答复\n岳发改字〔2020〕46号A类 同意公开\n宋炼钢代表:\n现答复如下。\n')
        .docNumber,
    ).toBe('岳发改字〔2020〕46号');
    expect(
      parsePolicy('甘肃省人民政府关于修改部分政府规章的决定\n第153号\n《决定》已经省政府常务会议审议通过。\n').docNumber,
    ).toBe('第153号');
  });

  it('reads a number from a table whose cells slipped, and labels spaced inside their brackets', () => {
    const doc = parsePolicy(
      '湖北省人民政府关于表彰全省援藏工作先进集体和先进个人的通报\n【时 效 性】 鄂政发[2006]30号 【颁布日期】\n【颁布单位】 【实施日期】 109100\n【法规层次】 123 【文  号】 湖北\n【关 键 字】\n各市、州、县人民政府,省政府各部门:\n现予通报。\n',
    );
    expect(doc).toMatchObject({ docNumber: '鄂政发〔2006〕30号', addressees: '各市、州、县人民政府,省政府各部门' });
  });

  it('passes over a spam site’s numbered keyword list, and reads a session’s decision without addressees', () => {
    const letter = parsePolicy(
      '1. 豆花AV,无码乳交,伊人AV天堂,久久久久亚洲AV成人网,亚洲欧美V,五月婷婷成人\n花都區衛生健康局關于政協第十一屆花都區委員會第三次會議第3011號提案答復的函\n花衛函〔2023〕30號\n羅慶華委員:\n您提出的提案已收悉。\n',
    );
    expect(letter).toMatchObject({ docNumber: '花衛函〔2023〕30號', genre: '函', addressees: '羅慶華委員' });
    const decision = parsePolicy(
      '山东省人民代表大会常务委员会\n关于召开山东省第十三届人民代表大会\n第二次会议的决定\n2018年11月30日山东省第十三届人民代表大会常务委员会第七次会议通过\n山东省第十三届人民代表大会常务委员会第七次会议决定:山东省第十三届人民代表大会第二次会议于2019年1月在济南召开。\n',
    );
    expect(decision).toMatchObject({ addressees: null, date: '2018-11-30', issuer: '山东省人民代表大会常务委员会' });
  });

  it('names a body as it signs with the state’s name, and types a party committee’s 建议', () => {
    const reply = parsePolicy(
      '国务院关于同意云南省调整玉溪市部分行政区划的批复\n国函〔2015〕208号\n云南省人民政府:\n同意调整。\n中华人民共和国国务院\n2015年12月3日\n',
    );
    expect(reply.issuer).toBe('中华人民共和国国务院');
    const proposal = parsePolicy(
      '中共温州市鹿城区委关于制定鹿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议\n(2020年12月25日中国共产党温州市鹿城区第十届委员会第十三次全体会议通过)\n一、决胜高水平全面建成小康社会\n',
    );
    expect(proposal).toMatchObject({ genre: '建议', issuer: '中共温州市鹿城区委' });
  });
});

describe('forms of an eleventh collection of real documents', () => {
  it('titles a one-line decree copy by the regulation it promulgates, and reads a ministry’s decree dated by year', () => {
    const hainan = parsePolicy(
      '海南省人民政府令 第188号 《海南省规范性文件制定与备案登记规定》已经2005年5月16日海南省人民政府第63次常务会议审议通过,现予公布,自2005年9月1日起施行。 省长卫留成 二○○五年五月二十三日 海南省规范性文件制定与备案登记规定 第一章 总 则 第一条 为了规范行政机关规范性文件的制定和备案登记,制定本规定。\n',
    );
    expect(hainan).toMatchObject({ title: '海南省规范性文件制定与备案登记规定', docNumber: '海南省人民政府令第188号' });
    const ships = parsePolicy(
      '中华人民共和国交通部令\n2006 年第 8 号\n《老旧运输船舶管理规定》已于2006年6月7日经第7次部务会议通过,现予公布,自2006年8月1日起施行。\n部 长 李盛霖\n二○○六年七月五日\n',
    );
    expect(ships).toMatchObject({ title: '老旧运输船舶管理规定', docNumber: '交通部令第8号', date: '2006-07-05' });
    expect(normaliseDocNumber('中华人民共和国交通部令2006年第8号')).toBe('交通部令第8号');
  });

  it('takes a decree’s number from its head over a database’s spelling, past a numbered table with an unknown label', () => {
    const doc = parsePolicy(
      '1. [主題分類] 民政\n2. [發文機構] 北京市人民政府\n3. [聯合發文單位]\n4. [發文字號] 政府令〔1999〕23號\n北京市街道辦事處工作規定\n北京市人民政府令\n第23號\n現發佈《北京市街道辦事處工作規定》,自發佈之日起施行。\n市  長  賈慶林\n一九九九年一月十四日\n',
    );
    expect(doc).toMatchObject({ title: '北京市街道辦事處工作規定', docNumber: '北京市人民政府令第23號', date: '1999-01-14' });
    // A table that spells it as the head does stays the number's source.
    const same = parsePolicy(
      '发文字号:国令第707号\n中华人民共和国国务院令\n第707号\n《专利代理条例》已经国务院常务会议通过，现予公布。\n',
    );
    expect(same.docNumber).toBe('国令第707号');
    expect(same.provenance.docNumber).toBe('table');
  });

  it('reads a congress 公告 number with its term, and titles a 令 by its head or by its table name without the number', () => {
    const ordinance = parsePolicy(
      '北京市街道办事处条例\n北京市人民代表大会常务委员会公告\n〔十五届〕第20号\n《北京市街道办事处条例》已由常务委员会会议通过,现予公布。\n北京市第十五届人民代表大会常务委员会\n2019年11月27日\n',
    );
    expect(ordinance.docNumber).toBe('北京市人民代表大会常务委员会公告〔十五届〕第20号');
    const order = parsePolicy(
      '銅川市人民政府令第1號\n陜西省銅川市人民政府\n立春以來,我市天干物燥,市政府決定發布森林防火戒嚴令。\n2019年3月20日\n',
    );
    expect(order).toMatchObject({ title: '銅川市人民政府令第1號', genre: '命令' });
    const closure = parsePolicy(
      '名称 | 桐梓县人民政府森林防火封山令 第4号 |\n桐梓县人民政府令\n第4号\n为有效预防森林火灾,特发布森林防火封山令。\n',
    );
    expect(closure).toMatchObject({ title: '桐梓县人民政府森林防火封山令', genre: '命令', docNumber: '桐梓县人民政府令第4号' });
  });

  it('leaves a site’s tags, a year and a colon off a title, and a closing formula is no title', () => {
    expect(parsePolicy('【法規全文】鐵路委外裝卸管理辦法(試行)\n第一條 為加強管理,制定本辦法。\n').title).toBe(
      '鐵路委外裝卸管理辦法(試行)',
    );
    expect(
      parsePolicy('【地方】(2016)河北省人民政府关于辛集市开发区优化整合方案的批复\n辛集市人民政府:\n现批复如下。\n').title,
    ).toBe('河北省人民政府关于辛集市开发区优化整合方案的批复');
    const notice = parsePolicy(
      '标  题:扶政规〔2025〕1号:扶绥县人民政府关于印发畜禽养殖禁养区划定方案的通知\n各乡镇人民政府:\n现印发给你们。\n',
    );
    expect(notice.title).toBe('扶绥县人民政府关于印发畜禽养殖禁养区划定方案的通知');
    const announcement = parsePolicy(
      '首頁  > 政策法規\n海關總署公告2017年第26號(關于進一步簡化經港澳中轉貨物原產地管理要求的公告)\n現就中轉確認書提交事宜公告如下:\n一、自2017年7月10日起實施。\n特此公告。\n',
    );
    expect(announcement).toMatchObject({
      title: '關于進一步簡化經港澳中轉貨物原產地管理要求的公告',
      docNumber: '海關總署公告2017年第26號',
      issuer: '海關總署',
    });
  });

  it('names the issuer in full where the masthead leaves off its place, and a report greeting a congress has no addressees', () => {
    const decision = parsePolicy(
      '行政公署文件\n兴安盟行政公署关于表彰奖励\n乌力格尔艺术保护传承发展突出贡献者的决定\n(兴署发〔2019〕1号)\n各旗县市人民政府,盟直有关部门:\n现决定予以表彰。\n',
    );
    expect(decision).toMatchObject({ issuer: '兴安盟行政公署', docNumber: '兴署发〔2019〕1号' });
    const report = parsePolicy(
      '关于2020年度县级预算执行和其他财政收支的审计工作报告\n县人大常委会主任、各位副主任,委员:\n我受县人民政府委托,报告审计工作情况。\n',
    );
    expect(report.addressees).toBeNull();
  });
});

describe('forms of a twelfth collection of real documents', () => {
  it('reads addressees whose colon a copy lost, but not the first half of addressees broken over two lines', () => {
    const doc = parsePolicy(
      '凌海市人民政府办公室关于印发凌海市推进\n县域义务教育优质均衡发展督导评估\n规划实施细则的通知\n大有经济开发区管委会,各乡镇人民政府(街道办事处),市政府有关部门市直有关单位\n现将《实施细则》印发给你们,请认真贯彻执行。\n',
    );
    expect(doc.addressees).toBe('大有经济开发区管委会,各乡镇人民政府(街道办事处),市政府有关部门市直有关单位');
    const broken = parsePolicy(
      '新疆维吾尔自治区人民政府关于做好稳就业工作的通知\n伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治\n区人民政府各部门、各直属机构:\n现就有关事项通知如下。\n',
    );
    expect(broken.addressees).toBe('伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治区人民政府各部门、各直属机构');
  });
});

describe('copies that misplace what a head prints', () => {
  it('reads addressees behind a scrambled copy’s watermark noise', () => {
    const doc = parsePolicy(
      "应急管理部办公厅关于征求意见的函\n/ \\& {& A' ?4 A* [- W) x各省、自治区、直辖市应急管理厅(局),各有关单位:\n现征求意见。\n",
    );
    expect(doc.addressees).toBe('各省、自治区、直辖市应急管理厅(局),各有关单位');
  });

  it('reads a date printed before the number on one line, and a note whose brackets a copy doubled', () => {
    const dated = parsePolicy(
      '国家税务总局关于印发《建筑安装业个人所得税征收管理暂行办法》的通知\n     1996年7月22日 国税发[1996]127号\n各省、自治区、直辖市和计划单列市地方税务局:\n现印发给你们。\n',
    );
    expect(dated).toMatchObject({ docNumber: '国税发〔1996〕127号', date: '1996-07-22' });
    const doubled = parsePolicy(
      '哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知 ((1990年11月16日))\n各区、县(市)人民政府: 经市政府同意，现转发给你们。\n',
    );
    expect(doubled.date).toBe('1990-11-16');
  });

  it('dates a sign-off whose note stands beside the date, or under it garbled before the issued title', () => {
    // The issued plan after the notice, long enough that its end is far from the notice's date.
    const plan =
      '一、总体要求\n(一)指导思想。全面落实工作要求。\n(二)基本原则。坚持问题导向。\n(三)主要目标。到2020年全面建立。\n二、主要任务\n(一)加强水资源保护。\n(二)加强河湖水域岸线管理保护。\n(三)加强水污染防治。\n三、保障措施\n(一)加强组织领导。\n(二)强化考核问责。\n2017年12月31日前完成。\n';
    const beside = parsePolicy(
      `关于印发《珲春市河(湖)长制工作实施方案》的通知\n各乡镇党委、政府:\n现印发给你们。\n中共珲春市委办公室\n珲春市人民政府办公室\n(此件发至乡)                  2017年6月13日\n珲春市河(湖)长制工作实施方案\n${plan}`,
    );
    expect(beside.date).toBe('2017-06-13');
    const garbled = parsePolicy(
      `江西省人民政府辦公廳關于印發江西省推動示范區建設行動方案的通知\n贛府廳字〔2022〕48號\n各市、縣(區)人民政府:\n《江西省推動湘贛邊區域合作示范區建設行動方案》已經省政府同意,現印發給你們。\n2022年5月24日\n?。ù思鲃庸_)\n江西省推動湘贛邊區域合作示范區\n建設行動方案\n為深入貫徹落實國家關于示范區建設工作要求,推動區域深化改革。\n${plan}`,
    );
    expect(garbled.date).toBe('2022-05-24');
  });
});

describe('forms of a thirteenth collection of real documents', () => {
  it('leaves a forum’s anti-copy jammer out of the lines, the title and the issuer', () => {
    const doc = parsePolicy(
      '4 m" S: a& |1 w+ q\n5 L3 [: q+ \\* T! N2 P衡阳市人民政府\n+ f m& s\' G% W% M% h" u 关于加强圣诞节期间城区社会治安管理的通告\n" B( U7 W\' ~1 q2 u- Y, k) }% l, o为了维护城区交通秩序，现就有关事项通告如下:\n$ b# _6 a: y8 c$ R0 ^8 ?% a4 e2 g\n一、严禁占道狂欢。\n',
    );
    expect(doc).toMatchObject({ title: '衡阳市人民政府关于加强圣诞节期间城区社会治安管理的通告', issuer: '衡阳市人民政府' });
    expect(doc.text.slice(doc.blocks.at(-1)?.start)).toBe('一、严禁占道狂欢。\n');
  });

  it('reads a law database’s row of several labels, one of them empty and without its colon', () => {
    const doc = parsePolicy(
      '法规标题:国务院关于同意云南省撤销昭通地区设立地级昭通市的批复 颁布部门:国务院 颁布时间:2001-1-13 失效时间 法规来源:国务院公报2001年第6号 文书编号:\n国务院关于同意云南省撤销昭通地区设立地级昭通市的批复\n国函〔2001〕6号\n云南省人民政府:\n现批复如下。\n',
    );
    expect(doc).toMatchObject({ issuer: '国务院', date: '2001-01-13', docNumber: '国函〔2001〕6号' });
  });

  it('keeps a number a reply’s title quotes inside the title', () => {
    const doc = parsePolicy(
      '对区十届人大二次会议《关于培养辽河碑林“小小讲解员”的建议》(第44号)的答复\n于俊丽代表:\n您提出的建议已收悉,现答复如下:\n',
    );
    expect(doc).toMatchObject({
      title: '对区十届人大二次会议《关于培养辽河碑林“小小讲解员”的建议》(第44号)的答复',
      docNumber: null,
      genre: '答复',
    });
  });

  it('takes title, issuers and genre from a page that reports the release instead of printing the head', () => {
    const doc = parsePolicy(
      '發布信息\n2023年12月,中共山西省委辦公廳、山西省人民政府辦公廳發布《山西省鄉村振興責任制實施細則》,自發布之日起施行。\n第一章 總 則\n第一條 為了全面落實鄉村振興責任制,制定本實施細則。\n',
    );
    expect(doc).toMatchObject({
      title: '山西省鄉村振興責任制實施細則',
      issuers: ['中共山西省委辦公廳', '山西省人民政府辦公廳'],
      genre: '细则',
      titleDerived: false,
    });
    expect(doc.provenance).toMatchObject({ title: 'inferred', issuer: 'inferred' });
  });

  it('names a congress session in traditional script as the issuer of its 决议', () => {
    const doc = parsePolicy(
      '黑龍江省第十一屆人民代表大會第七次會議關於政府工作報告的決議\n(2012年1月13日黑龍江省第十一屆人民代表大會第七次會議第三次大會通過)\n會議充分肯定省人民政府過去一年的工作。\n',
    );
    expect(doc).toMatchObject({ issuer: '黑龍江省第十一屆人民代表大會第七次會議', date: '2012-01-13', genre: '决议' });
  });

  it('dates a sign-off that a flattened copy runs on into the document it issues', () => {
    const doc = parsePolicy(
      '黄管委办通〔2017〕135号\n关于印发黄果树旅游区突发环境事件应急预案的通知\n各镇人民政府:\n《黄果树旅游区突发环境事件应急预案》已经管委会领导同意,现印发给你们。\n黄果树旅游区管理委员会办公室 2017年11月30日 黄果树旅游区突发环境事件应急预案 总则 1.1 编制目的\n为提高突发环境事件应急处置能力,制定本预案。\n',
    );
    expect(doc).toMatchObject({ date: '2017-11-30', issuer: '黄果树旅游区管理委员会办公室' });
  });

  it('parts joint signers whose space a copy turned into question marks', () => {
    const doc = parsePolicy(
      '關于印發蘭州—西寧城市群發展實施方案的通知\n西寧市人民政府,蘭州市人民政府:\n現印發給你們,請認真貫徹落實。\n青海省人民政府辦公廳???????甘肅省人民政府辦公廳\n2022年10月21日\n',
    );
    expect(doc.issuers).toEqual(['青海省人民政府辦公廳', '甘肅省人民政府辦公廳']);
  });

  it('places an issuer and a title that a copy left without their province by the number’s code', () => {
    const doc = parsePolicy(
      '人民政府关于同意紫云自治县部分乡镇\n行政区划调整的批复\n黔府函〔2016〕22号\n安顺市人民政府:\n你市请示收悉。现批复如下:\n一、同意撤销大营乡建制。\n',
    );
    expect(doc).toMatchObject({
      title: '贵州省人民政府关于同意紫云自治县部分乡镇行政区划调整的批复',
      issuer: '贵州省人民政府',
    });
  });

  it('reads a law database’s decree: issuer between the title’s repeats, a note that lost its bracket, the decree’s day and place', () => {
    const doc = parsePolicy(
      '江西省外商投资企业用地管理办法\n时间:2024-07-03 07:39:10 来源: 法律资料网\n江西省外商投资企业用地管理办法\n江西省人民政府\n江西省外商投资企业用地管理办法\n(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号发布\n第一条 为加强本省外商投资企业的用地管理,制定本办法。\n第二条 本办法所称外商投资企业,是指中外合资经营企业。\n',
    );
    expect(doc).toMatchObject({
      title: '江西省外商投资企业用地管理办法',
      issuer: '江西省人民政府',
      docNumber: '江西省人民政府令第18号',
      date: '1992-10-22',
    });
  });
});

describe('forms of a fourteenth collection of real documents', () => {
  it('passes over a site’s list entry of the headline above the real title', () => {
    const doc = parsePolicy(
      '1. 2022天津市機動車限行交通管理措施通告\n更新時間:2022-05-06 00:00:38作者:未知\n2022天津市機動車限行交通管理措施通告\n天津市公安局關于繼續實施機動車限行交通管理措施的通告\n為有效緩解道路交通擁堵,現通告如下:\n一、自2022年5月9日起禁止外埠號牌機動車通行。\n',
    );
    expect(doc).toMatchObject({
      title: '天津市公安局關于繼續實施機動車限行交通管理措施的通告',
      issuer: '天津市公安局',
      genre: '通告',
    });
  });

  it('reads a title through a mirror’s stray commas beside its enumeration commas', () => {
    const doc = parsePolicy(
      '中共四川省委 四川省人民政府\n關于命名2019年度先進縣(市,、區)、先進鄉鎮,、示范村的決定\n(2020年3月27日)\n2019年,,各地、各部門堅持以習近平新時代中國特色社會主義思想為指導。\n',
    );
    expect(doc).toMatchObject({
      title: '中共四川省委四川省人民政府關于命名2019年度先進縣(市、區)、先進鄉鎮、示范村的決定',
      issuers: ['中共四川省委', '四川省人民政府'],
      date: '2020-03-27',
    });
  });

  it('reads a document-sharing copy whose head and sign-off run together without breaks', () => {
    const doc = parsePolicy(
      '江苏省市场监督管理局重大行政决策程序暂行办法-\n淮安市人民政府关于印发淮安市人民政府重大行政决策程序规定(试行)的通知-淮政发〔2015〕122号\n正文:----------市政府关于印发淮安市人民政府重大行政决策程序规定(试行)的通知淮政发〔2015〕122号各县区人民政府,市各委办局,市各直属单位:现将《淮安市人民政府重大行政决策程序规定(试行)》印发给你们,希认真贯彻执行。\n淮安市人民政府2015年7月12日淮安市人民政府重大行政决策程序规定(试行)第一条为完善重大行政决策程序,制定本规定。\n',
    );
    expect(doc).toMatchObject({
      title: '淮安市人民政府关于印发淮安市人民政府重大行政决策程序规定(试行)的通知',
      docNumber: '淮政发〔2015〕122号',
      date: '2015-07-12',
      addressees: '各县区人民政府,市各委办局,市各直属单位',
    });
  });

  it('names every issuer of a joint head under its lead’s masthead, and reads addressees whose colon is lost before a colon of the text', () => {
    const doc = parsePolicy(
      '中共嵊州市长乐镇委员会文件\n长委〔2011〕11 号\n中共长乐镇委员会  长乐镇人民政府\n关于认真做好2011年村级组织换届选举工作的\n实 施意 见\n各工作片、镇级机关各部门、行政村\n全镇农村即将进行村级组织换届选举,结合我镇实际,现提出如下实施意见:\n一、指导思想和工作目标\n',
    );
    expect(doc).toMatchObject({
      issuers: ['中共长乐镇委员会', '长乐镇人民政府'],
      addressees: '各工作片、镇级机关各部门、行政村',
    });
  });

  it('keeps an NPC reply page’s labelled fields out of the addressees', () => {
    const doc = parsePolicy(
      '关于对临临高速西河段沿线村庄道路进行整修建议的答复\n淄川区第十九届人民代表大会第二次会议\n24\n建议人: 陈刚、马晓东、张玲玲\n主办单位: 淄川区自然资源局\n答复时间: 2023-06-12\n陈刚、马晓东、张玲玲代表:\n你们的建议收悉,现答复如下:\n',
    );
    expect(doc.addressees).toBe('陈刚、马晓东、张玲玲代表');
  });

  it('reads a 政协 committee’s title over the lines its long name wraps', () => {
    const doc = parsePolicy(
      '十四届一次会议提案审查情况报告\n中国人民政治协商会议\n武汉市第十四届委员会第一次会议\n提案审查委员会关于市政协十四届一次会议\n提案审查情况的报告\n(2022年1月12日提案审查委员会全体会议通过)\n截至2022年1月12日,共收到提案567件。\n',
    );
    expect(doc).toMatchObject({
      title: '中国人民政治协商会议武汉市第十四届委员会第一次会议提案审查委员会关于市政协十四届一次会议提案审查情况的报告',
      issuer: '中国人民政治协商会议武汉市第十四届委员会第一次会议提案审查委员会',
      date: '2022-01-12',
    });
  });

  it('reads a decree note’s number without 第, and a sign-off whose date a PDF spaced out', () => {
    const decree = parsePolicy(
      '济南市文化娱乐市场管理规定\n山东省济南市人民政府\n济南市文化娱乐市场管理规定\n (1991年3月26日济南市人民政府令19号发布)\n第一条 为加强本市文化娱乐市场管理,制定本规定。\n',
    );
    expect(decree).toMatchObject({ docNumber: '济南市人民政府令19号', date: '1991-03-26' });
    const spaced = parsePolicy(
      '西安市未央区人民政府关于印发未央区第十四个五年规划纲要的通知\n未政发〔2021〕4 号\n各街道办事处:\n现印发给你们,请认真贯彻执行。\n西安市未央区人民政府 2021 年 2 月 1 日\n',
    );
    expect(spaced.date).toBe('2021-02-01');
  });
});

describe('forms of a fifteenth collection of real documents', () => {
  it('reads a number glued to a whole title, but leaves a title’s last line with its number to the pieces', () => {
    const glued = parsePolicy(
      '武威市人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见\n询律网小编整理\n2024-11-21 12:56\n137人看过\n学校\n教师\n城乡\n武威市人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见武政发[2017]52号各县、区人民政府,市政府有关部门、单位:为贯彻落实有关精神,结合实际,现提出如下实施意见。一、指导思想\n武威市人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见武政发[2017]52号\n各县、区人民政府,市政府有关部门、单位:\n为贯彻落实有关精神,现提出如下实施意见。\n',
    );
    expect(glued).toMatchObject({
      title: '武威市人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见',
      docNumber: '武政发〔2017〕52号',
    });
    const wrapped = parsePolicy(
      '教育部办公厅关于2017年中小学教学用书\n有关事项的通知教材厅函〔2017〕2号\n各省、自治区、直辖市教育厅(教委):\n现将有关事项通知如下:\n',
    );
    expect(wrapped).toMatchObject({
      title: '教育部办公厅关于2017年中小学教学用书有关事项的通知',
      docNumber: '教材厅函〔2017〕2号',
    });
  });

  it('keeps a forum’s print link and the next cell’s labels out of a table’s title', () => {
    const forum = parsePolicy(
      '隨州論壇\n標題: 曾都區公安分局關于檢舉揭發 違法犯罪線索的獎勵公告 [打印本頁]\n作者: 王盡歡 時間: 2022-11-16 17:32\n為創造和諧穩定的社會環境,現公告如下:\n一、舉報範圍。\n',
    );
    expect(forum).toMatchObject({ title: '曾都區公安分局關于檢舉揭發違法犯罪線索的獎勵公告', genre: '公告' });
    const portal = parsePolicy(
      '- 发文机关:乐东县政府办公室 成文日期:2024-09-20 18:29\n标 题:\n乐东黎族自治县人民政府办公室关于公布第六批非物质文化遗产代表性项目名录的通知 - 文 号:发布日期: 2024-09-20 18:29\n时 效 性:有效\n乐东黎族自治县人民政府办公室\n关于公布第六批非物质文化遗产代表性项目名录的通知\n各镇人民政府:\n现予公布。\n',
    );
    expect(portal).toMatchObject({
      title: '乐东黎族自治县人民政府办公室关于公布第六批非物质文化遗产代表性项目名录的通知',
      genre: '通知',
      publishedDate: '2024-09-20',
    });
  });

  it('reads a number with its 签发 beside it, and a bulletin’s body and date above the title', () => {
    const signed = parsePolicy(
      '西街口镇人民政府对县第十七届人大第一次会议第412号建议的答复\n西政复〔2017〕5号 签发:岭红芝\n毕洪光代表:\n您提出的建议收悉,现答复如下:\n',
    );
    expect(signed.docNumber).toBe('西政复〔2017〕5号');
    const bulletin = parsePolicy(
      '寿县政务督查\n20期\n寿县人民政府督查室           2022年8月19\n关于印发2022年《政府工作报告》主要任务\n上半年落实情况的通报\n各乡镇人民政府,县政府各部门:\n根据县政府工作安排,现将有关情况通报如下:\n',
    );
    expect(bulletin).toMatchObject({ issuer: '寿县人民政府督查室', date: '2022-08-19' });
  });
});

describe('forms of a sixteenth collection of real documents', () => {
  it('passes over a wiki’s headline and its row of article links to the notice’s own head', () => {
    const wiki = parsePolicy(
      '周口市規範性檔案管理規定\n\n第十一條 第二十一條 第三十一條\n\n周口市人民政府通知\n\n周口市人民政府關於印發周口市規范性檔案管理規定的通知\n周政〔2011〕53號\n各縣(市、區)人民政府,市人民政府各部門:\n現將《周口市規範性檔案管理規定》印發給你們,請認真遵照執行。\n周口市人民政府\n二○一一年七月二十八日\n周口市規範性檔案管理規定\n\n第一章 總 則\n\n第一條 為了使規範性檔案的制定科學化,制定本規定。\n',
    );
    expect(wiki).toMatchObject({
      title: '周口市人民政府關於印發周口市規范性檔案管理規定的通知',
      docNumber: '周政〔2011〕53號',
      genre: '通知',
      addressees: '各縣(市、區)人民政府,市人民政府各部門',
      date: '2011-07-28',
    });
  });

  it('reads a number whose bracketed year has two figures, and names an autonomous region in full', () => {
    const old = parsePolicy(
      '安徽省人民政府文件\n政秘〔93〕3号\n关于撤销滁县地区设立滁州市(地级)的通知\n滁县行署:\n现通知如下:\n',
    );
    expect(old.docNumber).toBe('政秘〔93〕3号');
    const region = parsePolicy(
      '广西壮族自治区人民政府驻外办事处管理暂行办法\n\n广西自治区人民政府\n\n广西壮族自治区人民政府驻外办事处管理暂行办法\n\n第一章 总则\n第一条 为了加强对驻外办事处的管理,制定本办法。\n',
    );
    expect(region.issuer).toBe('广西壮族自治区人民政府');
  });

  it('dates a 公告 under its closing formula with a repost’s lines after it, and reads a table copied without its labels', () => {
    const repost = parsePolicy(
      `兴化市人民政府土地征收公告\n〔2026〕第5号\n现将有关内容和事项公告如下:\n一、建设用地项目名称\n特此公告。\n2026年1月26日\n${['▍文章来源:兴化市人民政府网', '▍版权属原作者,如转载涉及版权等问题,请联系我们。', '来都来了', '点和啦', '特别声明:以上内容为自媒体平台用户上传并发布。', 'Notice: The content above is uploaded by a user.', '来都来了', '点和啦'].join('\n')}\n`,
    );
    expect(repost.date).toBe('2026-01-26');
    const unlabelled = parsePolicy(
      '• 005299478/2022-00137\n  • 新郑市卫生健康委员会\n  • 应急\n  • 2022-08-10\n  • 2022-08-11\n新郑市突发公共事件医疗卫生救援应急预案\n\n1 总则\n\n为提高全市医疗卫生应急反应能力和救援水平,制定本预案。\n',
    );
    expect(unlabelled).toMatchObject({
      title: '新郑市突发公共事件医疗卫生救援应急预案',
      issuer: '新郑市卫生健康委员会',
      date: '2022-08-10',
      publishedDate: '2022-08-11',
      indexNumber: '005299478/2022-00137',
    });
  });

  it('leaves a spam mirror’s site name and image placeholders out of the title', () => {
    const spam = parsePolicy(
      '欧洲杯决赛竞猜_2024欧洲杯买球平台-线上app官网\n\n图片\n\n图片\n\n山西省人民政府办公厅政府信息公开年度报告制度(试行)\n\n来源:吕梁市 更新时间:2021-11-16\n\n第一条 为不断提高政府信息公开工作的质量和水平,制定本制度。\n',
    );
    expect(spam).toMatchObject({ title: '山西省人民政府办公厅政府信息公开年度报告制度(试行)', issuer: '山西省人民政府办公厅' });
  });

  it('reads a one-line decree from a journal database, with its signer’s date run on', () => {
    const decree = parsePolicy(
      '<正>天津市人民政府令第34号《天津市行政裁决程序规定》已于2022年12月9日经市人民政府第211次常务会议通过,现予公布,自2023年3月1日起施行。天津市市长张工2022年12月19日第一条为了规范行政裁决程序,及时有效化解社会矛盾纠纷,根据有关法律、法规,结合本市实际,制定本规定。',
    );
    expect(decree).toMatchObject({
      title: '天津市行政裁决程序规定',
      docNumber: '天津市人民政府令第34号',
      issuer: '天津市人民政府',
      date: '2022-12-19',
    });
  });

  it('takes a joint head over a table that names one of its bodies, and a title glued to its body after a watermark', () => {
    const joint = parsePolicy(
      '索引号: 11500383009338112H/2021-00021\n发文字号: 来苏委发〔2021〕68号\n标题: 重庆市永川区来苏镇人民政府关于印发《来苏镇换届选举工作方案》的通知\n\n来苏委发〔2021〕68号\n\n中共重庆市永川区来苏镇委员会\n\n重庆市永川区来苏镇人民政府\n\n关于印发《来苏镇换届选举工作方案》的通知\n\n各村党总支、村委会:\n\n现印发给你们,请抓好落实。\n',
    );
    expect(joint.title).toBe('中共重庆市永川区来苏镇委员会重庆市永川区来苏镇人民政府关于印发《来苏镇换届选举工作方案》的通知');
    const glued = parsePolicy(
      '秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持依法行政,法治政府建设取得新成效。一、坚持党的领导,坚决扛牢法治政府建设政治责任坚持“思想引领、学习在先”。',
    );
    expect(glued).toMatchObject({
      title: '湖北省人民政府关于2023年度法治政府建设情况的报告',
      issuer: '湖北省人民政府',
      genre: '报告',
    });
  });

  it('reads a law database’s fields run into the line after the title, and a sign-off glued to the regulation it promulgates', () => {
    const law = parsePolicy(
      '海南省人民代表大会常务委员会关于修改《海南省城乡规划条例》的决定(2018)\n\n海南省人民代表大会常务委员会关于修改《海南省城乡规划条例》的决定(2018)【发文字号】海南省人民代表大会常务委员会公告第4号【发布部门】海南省人大(含常委会)【公布日期】2018.04.03【时效性】现行有效【效力级别】省级地方性法规海南省人民代表大会常务委员会公告(第4号)《海南省人民代表大会常务委员会关于修改〈海南省城乡规划条例〉的决定》已由海南省第六届人民代表大会常务委员会第三次会议于2018年4月3日通过,现予公布,自公布之日起施行。\n海南省人民代表大会常务委员会2018年4月3日海南省人民代表大会常务委员会关于修改《海南省城乡规划条例》的决定(2018年4月3日海南省第六届人民代表大会常务委员会第三次会议通过)海南省第六届人民代表大会常务委员会第三次会议决定对《海南省城乡规划条例》作如下修改:一、将第一条修改为:“为了加强城乡规划管理。”\n',
    );
    expect(law).toMatchObject({ docNumber: '海南省人民代表大会常务委员会公告第4号', date: '2018-04-03', validity: '现行有效' });
  });

  it('dates an NPC reply page by its 答复日期 column, not the day it was assigned, and reads a number glued before the addressees', () => {
    const reply = parsePolicy(
      '当前位置: 首页 >>> 人大建议\n题  目: 关于要求恢复儋州市新英镇行政建制的建议\n承办单位及答复\n主办单位 会办 交办日期\n    2012-05-02\n承办单位 答复日期 答复内容\n民政厅\n2012年8月31日\n详细查看\n关闭\n海南省民政厅关于海南省四届人大五次会议代表建议、批评和意见第2104号办理情况的答复\n(C类)\n麦堂福代表:\n    您提出的建议收悉,现答复如下:\n',
    );
    expect(reply).toMatchObject({ date: '2012-08-31', addressees: '麦堂福代表' });
    const glued = parsePolicy(
      '关于委托核校省级、市县级文物保护单位名录的函\n\n日期:2015-10-10     浏览:1\n办普查函〔2008〕662号中国文化遗产研究院:\n为全面掌握省级、市县级文物保护单位情况,请予核校。\n',
    );
    expect(glued).toMatchObject({ docNumber: '办普查函〔2008〕662号', addressees: '中国文化遗产研究院' });
  });
});

describe('forms of a seventeenth collection of real documents', () => {
  it('dates a one-line copy by the sign-off at its end, and numbers a reply by its download link’s name', () => {
    const oneLine = parsePolicy(
      `盐城市人民政府关于表彰2003年新增财政收入超千万元乡镇的决定 盐政发[2004]030号 各县(市、区)人民政府,市各委、办、局: 2003年,全市各乡镇积极贯彻落实乡镇财政建设座谈会精神,${'着力培植财源,加强税收征管,'.repeat(8)}涌现出一批新的财政收入超千万元乡镇。 附件:全市2003年新增财政收入超千万元乡镇财政增收一览表 http://www.yancheng.gov.cn/PORTALIPS/Library/PRIVATE/27a32eb5.doc 盐城市人民政府 二〇〇四年二月九日`,
    );
    expect(oneLine).toMatchObject({ docNumber: '盐政发〔2004〕030号', date: '2004-02-09' });
    const download = parsePolicy(
      '首页 > 财政法规\n省政府关于同意将淮安市楚州区部分村组划归清河区管辖的批复\n\n淮安市人民政府:\n\n你市的请示悉。现批复如下:\n\n一、同意将楚州区南马厂乡小堆村划归清河区徐杨乡管辖。\n\n二○○三年十二月十一日\n\n文件下载:苏政复〔2003〕109号.doc\n',
    );
    expect(download).toMatchObject({ docNumber: '苏政复〔2003〕109号', issuer: '江苏省人民政府', date: '2003-12-11' });
  });

  it('reads a number with its disclosure beside it, and places a city department that signs by its short name', () => {
    const disclosed = parsePolicy(
      '对县十七届人大四次会议第35号建议的答复\n来源:经研中心   2020-10-20 09:37\n岳县民字〔2020〕5号 同意公开\n对县十七届人大四次会议第35号建议的\n答  复\n李某代表:\n您提出的建议收悉,现答复如下:\n',
    );
    expect(disclosed.docNumber).toBe('岳县民字〔2020〕5号');
    const short = parsePolicy(
      '当前位置: 首页 > 政务公开 > 建议提案 > 政协提案\n市民政局对岳阳市政协八届一次会议第075号提案的答复\n编稿时间: 2017-09-29 17:02 来源: 市民政局\n\n九三学社岳阳市委:\n\n您委提出的提案收悉。现答复如下:\n\n首先感谢您委对全市区划地名工作的关心。\n',
    );
    expect(short).toMatchObject({ issuer: '岳阳市民政局', date: null, publishedDate: '2017-09-29' });
  });

  it('leaves a forum’s jammer after a line’s text out of the line', () => {
    const forum = parsePolicy(
      '|\n户县人民政府办公室\n& L. [" f: o0 _, Y( T* [3 n关于撤销余下镇新安社区的通知9 x0 G- Z! G2 Z5 Y$ q\n各乡镇人民政府,县人民政府各工作部门,各直属机构:\n6 C# c, t6 `; z& y 县政府决定,撤销余下镇新安社区。. f& D8 I6 ~% g) f" x# R- p\n户县人民政府办公室\n二〇一〇年十二月二日\n',
    );
    expect(forum).toMatchObject({
      title: '户县人民政府办公室关于撤销余下镇新安社区的通知',
      issuer: '户县人民政府办公室',
      date: '2010-12-02',
      genre: '通知',
    });
  });

  it('reads a title that quotes another across the quoted title’s 关于, and a 令’s number under its title', () => {
    const quoting = parsePolicy(
      '中共北京市委员会办公厅、北京市人民政府办公厅\n关于认真贯彻落实《中共中央办公厅、国务院办公厅\n关于切实做好当前减轻农民负担工作的通知》的通知\n(京办发[1998]25号 1998年9月4日)\n各区、县委,各区、县政府:\n最近,中共中央办公厅、国务院办公厅下发了通知。\n',
    );
    expect(quoting).toMatchObject({
      title:
        '中共北京市委员会办公厅、北京市人民政府办公厅关于认真贯彻落实《中共中央办公厅、国务院办公厅关于切实做好当前减轻农民负担工作的通知》的通知',
      issuer: '中共北京市委员会办公厅、北京市人民政府办公厅',
    });
    const order = parsePolicy(
      '@连城人 禁止一切野外用火!连城县发布禁火令\n\n民生   2025-01-13 11:56   福建\n\n连城县人民政府\n\n野外用火禁火令\n\n第3号\n\n近期,我县森林火险等级高,决定在全县范围内禁止一切野外用火。\n',
    );
    expect(order).toMatchObject({ title: '连城县人民政府野外用火禁火令', docNumber: '第3号' });
  });

  it('dates a CPPCC regulation by the unbracketed line of the session that adopted it', () => {
    const cppcc = parsePolicy(
      '中国人民政治协商会议全国委员会工作条例\n\n中国人民政治协商会议\n\n中国人民政治协商会议全国委员会工作条例\n\n1949年10月18日中国人民政治协商会议第一届全国委员会常务委员会第一次会议通过\n\n  第一条 中国人民政协全国委员会常务委员会依照组织法行使职权。\n',
    );
    expect(cppcc).toMatchObject({ date: '1949-10-18', issuer: '中国人民政治协商会议第一届全国委员会常务委员会' });
  });
});

describe('forms of an eighteenth collection of real documents', () => {
  it('titles a 公示, a social-media post’s bracketed headline, and a release a repost reports under its byline', () => {
    const notice = parsePolicy(
      '2021年度文化产业和旅游产业综合评价前十城市公示\n\n文化和旅游部关于2021年度文化产业和旅游产业工作拟激励地市名单的公示\n\n     根据有关要求,文化和旅游部组织对各地推荐的地市进行了综合评价。\n',
    );
    expect(notice.title).toBe('文化和旅游部关于2021年度文化产业和旅游产业工作拟激励地市名单的公示');
    const weibo = parsePolicy(
      '世界速讯:国家级文化生态保护区名单正式公布\n文旅之声微博| 2023-01-31 15:29:37\n\n【资料图】\n\n【关于公布国家级文化生态保护区名单的公告】根据《国家级文化生态保护区管理办法》(文化和旅游部令第1号),我部组织开展了验收工作,现将通过验收的保护实验区正式公布为国家级文化生态保护区,名单如下:\n\n黔东南民族文化生态保护区\n',
    );
    expect(weibo).toMatchObject({ title: '关于公布国家级文化生态保护区名单的公告', genre: '公告' });
    const reported = parsePolicy(
      '查看原文\n其他\n\n新疆巴州规划和静县撤县设市\n\n方舆论坛 2023-02-16\n2021年10月10日,和静县撤县设市领导小组办公室发布《关于撤销和静县设立县级和静市征求社会公众意见的公告》:\n\n全县广大群众、各单位、社会各界人士:\n\n为优化行政区划设置,现征求意见。\n',
    );
    expect(reported).toMatchObject({
      title: '关于撤销和静县设立县级和静市征求社会公众意见的公告',
      issuer: '和静县撤县设市领导小组办公室',
      genre: '公告',
    });
  });

  it('reads a number under a law database’s 【字号】 in a bulleted list, and a portal’s table whose labels are in brackets', () => {
    const law = parsePolicy(
      '关于禁止露天焚烧秸秆的通告(2020)\n湘乡市人民政府关于禁止露天焚烧秸秆的通告\n文章属性\n•【制定机关】湘乡市人民政府\n•【公布日期】2020.06.03\n•【字号】湘乡政通〔2020〕3号\n•【时效性】现行有效\n正文\n湘乡市人民政府关于禁止露天焚烧秸秆的通告为推进生态文明建设,现通告如下:\n',
    );
    expect(law).toMatchObject({ docNumber: '湘乡政通〔2020〕3号', issuer: '湘乡市人民政府' });
    const portal = parsePolicy(
      '[ 索引号 ] | 115001130093083510/2024-00007 | [ 发文字号 ] | 木洞府发〔2024〕2号 |\n[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |\n[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-22 |\n重庆市巴南区木洞镇人民政府关于印发2024年政府工作报告的通知\n各村(居)民委员会:\n现印发给你们,请认真贯彻实施。\n',
    );
    expect(portal).toMatchObject({ docNumber: '木洞府发〔2024〕2号', indexNumber: '115001130093083510/2024-00007' });
  });

  it('prefers a title’s repeat that kept its quotes, and reads a plan’s cover under a headline', () => {
    const repeat = parsePolicy(
      '您当前所在位置: 首页>政府信息公开目录>计划规划\n\n关于印发赣州市瑞兴于“3+2”经济振兴试验区“十四五”发展规划的通知\n\n访问量:\n\n关于印发赣州市瑞兴于3+2”经济振兴试验区“十四五”发展规划的通知\n\n瑞金、兴国、于都、宁都县人民政府:\n\n现将规划印发给你们。\n',
    );
    expect(repeat.title).toBe('关于印发赣州市瑞兴于“3+2”经济振兴试验区“十四五”发展规划的通知');
    const cover = parsePolicy(
      '(内蒙古自治区)锡林郭勒盟苏尼特右旗国民经济和社会发展十四五规划(2022年更新)\n苏尼特右旗国民经济和社会发展第十四个五年\n规划和 2035 年远景目标纲要\n苏尼特右旗人民政府\n2021 年 9 月\n“十四五”时期(2021~2025 年),是我国开启全面建设社会主义现代化国家新征程的第一个五年。\n',
    );
    expect(cover).toMatchObject({
      title: '苏尼特右旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
      issuer: '苏尼特右旗人民政府',
      genre: '规划',
    });
  });
});

describe('forms of a nineteenth collection of real documents', () => {
  it('reads a title under a breadcrumb of slashes and a download link, with a site’s word after it', () => {
    const slashes = parsePolicy(
      '首页/ 政务公开/ 其他主动公开内容/ 提案建议办理/ 区人大建议办理/ 正文\n\n对区十八届人大二次会议第129号建议的复函\n\n类别:A类\n\n签发人:张坤宏\n\n冉景园代表:\n\n您提出的建议收悉,现答复如下:\n',
    );
    expect(slashes.title).toBe('对区十八届人大二次会议第129号建议的复函');
    const download = parsePolicy(
      '【精准防控】兴安盟新冠肺炎疫情防控指挥部公告(第47号)\n\n来源:兴安盟疫情防控指挥部 发布日期:2022-11-05 09:10:10 点击量:\n分享\n下载本页 打印\n\n兴安盟新冠肺炎疫情防控指挥部公告\n\n( 2022第47号)\n\n       11月5日,全盟新冠病例实现清零。\n',
    );
    expect(download).toMatchObject({ title: '兴安盟新冠肺炎疫情防控指挥部公告', issuer: '兴安盟新冠肺炎疫情防控指挥部' });
    const suffixed = parsePolicy(
      '县市场监管局、县农业农村局、县自然资源局关于水城县境内禁止野生动物交易的公告相关信息\n\n2020-01-27 16:28:09 来源:水城县人民政府网 作者:消息\n\n为严防疫情,县市场监管局、县农业农村局、县自然资源局决定,水城县境内禁止野生动物交易活动。\n',
    );
    expect(suffixed).toMatchObject({
      title: '县市场监管局、县农业农村局、县自然资源局关于水城县境内禁止野生动物交易的公告',
      genre: '公告',
    });
  });

  it('reads four joint issuers stacked over their 关于 line, a number with its date after a comma, and a 公告 titled before its yearly number', () => {
    const stacked = parsePolicy(
      '  眉山市丹棱縣市場監督管理局\n\n  眉山市丹棱縣農業農村局\n\n  眉山市丹棱縣衛生健康局\n\n  眉山市丹棱縣綜合執法局\n\n  關于禁止活禽交易及宰殺的通告\n\n  為進一步加強活禽制品質量安全,現通告如下:\n',
    );
    expect(stacked.issuers).toEqual([
      '眉山市丹棱縣市場監督管理局',
      '眉山市丹棱縣農業農村局',
      '眉山市丹棱縣衛生健康局',
      '眉山市丹棱縣綜合執法局',
    ]);
    const minutes = parsePolicy(
      '                          最高人民检察院\n        关于办理涉互联网金融犯罪案件有关问题座谈会纪要\n\n            高检诉【2017】14号,2017年6月1日\n\n  互联网金融是金融与互联网相结合的新型金融模式。\n',
    );
    expect(minutes).toMatchObject({ docNumber: '高检诉〔2017〕14号', date: '2017-06-01', genre: '纪要' });
    const yearly = parsePolicy(
      '關于彎曲乳桿菌等24種“三新食品”的公告(2019年第2號)\n\n2019-05-20\n\n2019年第2號\n\n根據《食品安全法》規定,審評機構組織專家進行審查並通過。\n\n特此公告。\n',
    );
    expect(yearly).toMatchObject({ title: '關于彎曲乳桿菌等24種“三新食品”的公告', genre: '公告' });
  });

  it('reads a database’s unbracketed note of the decree that issued a regulation', () => {
    const rules = parsePolicy(
      '吉林省退伍义务兵安置实施细则\n作者:法律资料网 时间:2024-07-03 08:38:50   浏览:9343   来源:法律资料网\n下载地址: 点击此处下载\n吉林省退伍义务兵安置实施细则\n吉林省人民政府\n吉林省退伍义务兵安置实施细则\n1988年11月10日 吉林省人民政府第4号令发布\n第一条 为切实做好退伍义务兵安置工作,结合我省实际情况,制定本细则。\n',
    );
    expect(rules).toMatchObject({
      title: '吉林省退伍义务兵安置实施细则',
      docNumber: '吉林省人民政府第4号令',
      date: '1988-11-10',
      issuer: '吉林省人民政府',
    });
  });
});

describe('forms of a twentieth collection of real documents', () => {
  it('reads sign-off dates whose 〇 became a question mark or whose 年月日 became spaces', () => {
    const questioned = parsePolicy(
      '關于表彰全省水利工作先進單位的通報\n建水[2011]12號\n各市水利局:\n為表彰先進,決定予以通報表彰。\n甘肅省水利廳\n二?一一年三月九日\n',
    );
    expect(questioned).toMatchObject({ date: '2011-03-09', issuer: '甘肅省水利廳' });
    const spaced = parsePolicy(
      '富民县人民政府办公室关于印发富民县防汛应急预案的通知\n富政办发〔2019〕12号\n各乡镇人民政府:\n现将《预案》印发给你们,请认真贯彻执行。\n富民县人民政府办公室\n(此件公开发布)\n{ 2019 5 8\n',
    );
    expect(spaced.date).toBe('2019-05-08');
  });

  it('takes neither a site’s banner nor the title’s repeat into the title, and reads a year typed with the letter O', () => {
    const doc = parsePolicy(
      '律搜网--地方法规信息检索网\n安阳市人民政府对市交通局的嘉奖令\n\n安阳市人民政府对市交通局的嘉奖令\n(安政[20O8]17号)\n\n各县(市、区)人民政府:\n  今年以来,市交通局圆满完成各项任务。\n',
    );
    expect(doc).toMatchObject({
      title: '安阳市人民政府对市交通局的嘉奖令',
      issuer: '安阳市人民政府',
      docNumber: '安政〔2008〕17号',
    });
  });

  it('reads no addressees from a sentence that dates what it approves and ends 决定：', () => {
    const doc = parsePolicy(
      '国务院关于设立某某自治县的决定\n1958年3月2日\n国务院批准某省人民委员会1958年1月9日关于设立某某自治县的报告,并决定:\n撤销某某县,设立某某自治县。\n',
    );
    expect(doc.addressees).toBeNull();
  });

  it('places a city department by its own full name in the text, not by words before 市委', () => {
    const doc = parsePolicy(
      '发布机构: | 市住房公积金管理中心 | 公开日期: | 2021-03-01\n标题: | 关于“十三五”公积金工作的总结报告\n文号: | 无\n2016年以来,宜昌市住房公积金管理中心在市委、市政府的领导下,全面完成各项任务。\n',
    );
    expect(doc.issuer).toBe('宜昌市住房公积金管理中心');
  });

  it('reads a 转发 title under its issuer’s line in full, with the title repeated below', () => {
    const doc = parsePolicy(
      '河南省人民政府办公厅\n转发省教育厅等部门\n关于做好高校毕业生\n就业工作意见的通知\n转发省教育厅等部门\n关于做好高校毕业生\n就业工作意见的通知\n豫政办〔2012〕33号\n各市、县人民政府,省人民政府各部门:\n省教育厅等部门的意见已经省政府同意,现转发给你们。\n',
    );
    expect(doc.title).toBe('河南省人民政府办公厅转发省教育厅等部门关于做好高校毕业生就业工作意见的通知');
  });

  it('takes a letter’s genre from a 函 number where the text has no title', () => {
    const doc = parsePolicy(
      '发文机关国务院办公厅\n发文字号国办函〔1987〕12号\n贵州省人民政府:\n你省关于某某问题的请示收悉。同意你省意见。\n国务院办公厅\n一九八七年二月三日\n',
    );
    expect(doc).toMatchObject({ genre: '函', docNumber: '国办函〔1987〕12号' });
  });

  it('dates a congress’s 决议 by its adoption note, not by the paper’s date above it', () => {
    const doc = parsePolicy(
      '国内统一刊号:CN52-0001 某州日报社出版广告热线:8123456订阅热线:8123457 邮发代号:67-12\n2023年02月03日\n某州第十五届人民代表大会第二次会议关于计划执行情况的报告的决议\n(2023年2月2日州十五届人大二次会议第三次全体会议通过)\n某州第十五届人民代表大会第二次会议同意批准该报告。\n',
    );
    expect(doc.date).toBe('2023-02-02');
  });

  it('reads the addressees after a one-line head of issuer, title and addressees', () => {
    const doc = parsePolicy(
      '平乐镇人民政府文件 平府发[2003]8号\n平乐镇人民政府 关于印发《平乐镇卫生工作规划》的通知 各村民委员会、镇属各单位:\n现将《规划》印发给你们,请认真贯彻执行。\n平乐镇人民政府\n2003年4月2日\n',
    );
    expect(doc.addressees).toBe('各村民委员会、镇属各单位');
  });

  it('splits joint issuers of one place run together, and takes the headline where the head lost a bracket', () => {
    const doc = parsePolicy(
      '合肥市包河区财政局 合肥市包河区商务局关于公布包河区涉企收费目录(2023年)的通知\n\n发布时间:2023-12-01\n\n合肥市包河区财政局  合肥市\n\n包河区商务局\n\n关于公布包河区涉企收费目录\n\n2023年)的通知\n\n各相关单位:\n\n现将《目录》予以公布。\n',
    );
    expect(doc.issuers).toEqual(['合肥市包河区财政局', '合肥市包河区商务局']);
    expect(doc.title).toBe('合肥市包河区财政局合肥市包河区商务局关于公布包河区涉企收费目录(2023年)的通知');
  });

  it('reads one body alone under the number as a letter’s addressee', () => {
    const doc = parsePolicy(
      '韶关市林业局关于市政协提案会办意见的函\n\n韶林函〔2019〕31号\n\n市农业农村局\n\n市政协发来的《关于加快林下经济发展的建议》收悉,该提案由贵局主办,我局会办,现将会办意见函告如下:\n\n韶关市林业局\n\n2019年5月6日\n',
    );
    expect(doc.addressees).toBe('市农业农村局');
  });

  it('keeps the year of the head’s number where a database’s cell lost it', () => {
    const doc = parsePolicy(
      '文件名称:自治区政府关于表彰先进的决定\n\n文件编号:新政发5号\n\n新疆维吾尔自治区人民政府关于表彰先进的决定\n\n新政发<2010>5号\n\n各州、市人民政府:\n\n为表彰先进,决定予以表彰。\n',
    );
    expect(doc.docNumber).toBe('新政发〔2010〕5号');
  });
});

describe('forms of a twenty-first collection of real documents', () => {
  it('keeps a site’s status tag out of a table’s title cell', () => {
    const doc = parsePolicy(
      '索 引 號: 11440100/2016-00012\n發布機構: 江門市人民政府辦公室\n名  稱: 【已失效】江門市人民政府關于印發《江門市規范性文件管理規定》的通知\n文  號: 江府〔2016〕8號\n各縣(市、區)人民政府:\n現將《規定》印發給你們,請認真貫徹執行。\n江門市人民政府\n2016年3月2日\n',
    );
    expect(doc).toMatchObject({
      title: '江門市人民政府關于印發《江門市規范性文件管理規定》的通知',
      issuer: '江門市人民政府',
    });
  });
});

describe('forms of the collections of local legislation, notices to the public and databases (rf39–50)', () => {
  it('dates a revised regulation by its last revision, and names the committee that made it', () => {
    const doc = parsePolicy(
      '河北省地方立法条例\n(2001年1月14日河北省第九届人民代表大会第四次会议通过 2018年7月27日河北省第十三届人民代表大会常务委员会第四次会议修订)\n第一章 总则\n第一条 为了规范地方立法活动，根据宪法和有关法律，结合本省实际，制定本条例。\n',
    );
    expect(head(doc)).toEqual({
      title: '河北省地方立法条例',
      docNumber: null,
      issuers: ['河北省人民代表大会常务委员会'],
      date: '2018-07-27',
      genre: '条例',
    });
    const promulgated = parsePolicy(
      '延边朝鲜族自治州保护和发展朝鲜族用品生产条例\n(1993年1月9日延边朝鲜族自治州第十届人民代表大会第一次会议通过 1993年3月6日吉林省第八届人民代表大会常务委员会第二次会议批准 根据2009年1月10日延边朝鲜族自治州第十三届人民代表大会第二次会议通过的《关于修订<延边朝鲜族自治州保护和发展朝鲜族用品生产条例>的决定》修订,2009年6月19日以延边朝鲜族自治州人民代表大会常务委员会公告第4号公布)\n第一条 为了保护和发展朝鲜族用品生产，制定本条例。\n',
    );
    expect(promulgated).toMatchObject({
      docNumber: '延边朝鲜族自治州人民代表大会常务委员会公告第4号',
      issuers: ['延边朝鲜族自治州人民代表大会常务委员会'],
      date: '2009-06-19',
    });
    const firstAct = parsePolicy(
      '菏泽市物业管理条例\n(2017年12月25日菏泽市第十九届人民代表大会常务委员会第七次会议通过,2018年1月23日经山东省第十二届人民代表大会常务委员会第三十五次会议批准)\n第一章总则\n第一条为了规范物业管理活动，制定本条例。\n',
    );
    expect(firstAct).toMatchObject({ issuers: ['菏泽市人民代表大会常务委员会'], date: '2017-12-25' });
  });

  it('reads a congress’s 公告 head wrapped over two lines, and titles it by the regulation a table shortened', () => {
    // As a converter mirror prints it, 條 broken into "?xiàng)l": the canonical text mends it.
    const doc = parsePolicy(
      canonicalText(
        '名 稱: | 昌吉州城鄉容貌和環境衛生治理?xiàng)l例 |\n昌吉回族自治州人民代表大會\n常務委員會公告\n(第5號)\n《昌吉回族自治州城鄉容貌和環境衛生治理?xiàng)l例》已于2022年12月26日由昌吉回族自治州第十六屆人民代表大會常務委員會第六次會議通過,現予公布,自2023年7月1日起施行。\n特此公告。\n昌吉回族自治州人民代表大會常務委員會\n2023年6月27日\n',
      ),
    );
    expect(head(doc)).toEqual({
      title: '昌吉回族自治州城鄉容貌和環境衛生治理條例',
      docNumber: '昌吉回族自治州人民代表大會常務委員會公告第5號',
      issuers: ['昌吉回族自治州人民代表大會常務委員會'],
      date: '2023-06-27',
      genre: '条例',
    });
    expect(normaliseDocNumber('安康市人民代表大會常務委員會公告[五屆]第三十三號')).toBe(
      '安康市人民代表大會常務委員會公告〔五屆〕第33號',
    );
  });

  it('reads notices numbered in their series as they are headed', () => {
    const between = parsePolicy(
      '漳州市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告为切实保障广大群众生命安全和身体健康,现就有关事项通告如下: 即日起决定将漳浦县列为防范区。 漳州市应对新冠肺炎疫情工作指挥部 2021年9月18日\n',
    );
    expect(between).toMatchObject({
      title: '漳州市应对新冠肺炎疫情工作指挥部通告',
      docNumber: '〔2021〕第3号',
      issuers: ['漳州市应对新冠肺炎疫情工作指挥部'],
      genre: '通告',
    });
    const runIn = parsePolicy(
      '双牌县选举委员会公告(第一号)关于双牌县县、乡(镇)两级人大换届选举选民登记的公告\n根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》的规定，现将选民登记的有关事项公告如下：\n',
    );
    expect(runIn).toMatchObject({
      title: '关于双牌县县、乡(镇)两级人大换届选举选民登记的公告',
      docNumber: '双牌县选举委员会公告第1号',
      issuers: ['双牌县选举委员会'],
    });
    const oneLine = parsePolicy(
      '庆元县应对冠状病毒肺炎疫情防控工作指挥部通告第14号\n为切实做好竹口镇新窑村疫情防控工作，现通告如下：\n一、解除新窑村封闭管理。\n',
    );
    expect(oneLine.docNumber).toBe('庆元县应对冠状病毒肺炎疫情防控工作指挥部通告第14号');
    const ministry = parsePolicy(
      '卫生部关于将甲型H1N1流感纳入传染病防治法管理的公告(2009年第8号)\n------------------------------\n中华人民共和国卫生部\n公 告\n2009年 第 8号\n经国务院批准，现公告如下：\n一、将甲型H1N1流感纳入乙类传染病。\n特此公告。\n二〇〇九年四月三十日\n',
    );
    expect(head(ministry)).toEqual({
      title: '卫生部关于将甲型H1N1流感纳入传染病防治法管理的公告',
      docNumber: '中华人民共和国卫生部公告2009年第8号',
      // As its head names it (the sets' answers give a ministry's 公告 and 令 so).
      issuers: ['中华人民共和国卫生部'],
      date: '2009-04-30',
      genre: '公告',
    });
  });

  it('reads decrees printed side by side, beside a title, or in brackets after the regulation’s name', () => {
    const joint = parsePolicy(
      '突发公共卫生事件交通应急规定\n中华人民共和国卫生部令 中华人民共和国交通部令\n2004年第2号\n《突发公共卫生事件交通应急规定》已于2003年11月25日经交通部第15次部务会议通过，现予公布，自2004年5月1日起施行。\n卫生部部长 吴仪\n交通部部长 张春贤\n',
    );
    expect(joint).toMatchObject({ docNumber: '卫生部、交通部令第2号', issuers: ['卫生部', '交通部'] });
    expect(normaliseDocNumber('中华人民共和国卫生部令 中华人民共和国交通部令 2004年第2号')).toBe('卫生部、交通部令第2号');
    const beside = parsePolicy(
      '法规国家税务总局公告2018年第58号 国家税务总局关于简化小型微利企业所得税年度纳税申报有关措施的公告\n为切实减轻小型微利企业纳税申报负担，现就有关事项公告如下：\n',
    );
    expect(beside).toMatchObject({
      title: '国家税务总局关于简化小型微利企业所得税年度纳税申报有关措施的公告',
      docNumber: '国家税务总局公告2018年第58号',
      issuers: ['国家税务总局'],
    });
    const bracketed = parsePolicy(
      '中華人民共和國引航員管理辦法(中華人民共和國交通運輸部令2024年第13號)\n《中華人民共和國引航員管理辦法》已于2024年12月27日經第27次部務會議通過,現予公布,自2025年3月1日起施行。\n部長 劉偉\n2024年12月31日\n',
    );
    expect(bracketed).toMatchObject({ docNumber: '交通運輸部令第13號', issuers: ['交通運輸部'], date: '2024-12-31' });
    const signer = parsePolicy(
      '东莞市人民政府令第127号《东莞市古树名木保护管理办法》已经市人民政府同意,现予发布。市长袁宝成东莞市人民政府2012年10月26日第一条为加强我市古树名木的保护管理工作,结合本市实际,制定本办法。第二条本办法适用于我市行政区域内生长的古树名木的保护管理。第三条市林业主管部门负责古树名木的保护管理工作。\n',
    );
    expect(signer.issuers).toEqual(['东莞市人民政府']);
  });

  it('takes a law database’s attributes apart from the text they run into', () => {
    // The canonical text takes the run-in line apart.
    const doc = parsePolicy(
      canonicalText(
        '国家税务总局稽查局关于严格执行税务稽查报表统一口径的通知\n重庆市国家税务局、重庆市地方税务局贯彻落实国家税务总局关于进一步规范税务机关进户执法工作的通知的通知\n\n重庆市国家税务局、重庆市地方税务局贯彻落实国家税务总局关于进一步规范税务机关进户执法工作的通知的通知文章属性•【制定机关】重庆市国家税务局,重庆市地方税务局•【公布日期】2014.03.17•【字号】渝国税发[2014]44号•【施行日期】2014.03.17•【时效性】现行有效正文重庆市国家税务局、重庆市地方税务局贯彻落实国家税务总局关于进一步规范税务机关进户执法工作的通知的通知(渝国税发〔2014〕44号)各区县(自治县)国家税务局、地方税务局:为切实转变税务机关工作职能,现将《国家税务总局关于进一步规范税务机关进户执法工作的通知》转发你们,请一并遵照执行。\n一、成立专门机构，统筹进户执法。\n',
      ),
    );
    expect(doc).toMatchObject({
      title: '重庆市国家税务局、重庆市地方税务局贯彻落实国家税务总局关于进一步规范税务机关进户执法工作的通知的通知',
      docNumber: '渝国税发〔2014〕44号',
      issuers: ['重庆市国家税务局', '重庆市地方税务局'],
      addressees: '各区县(自治县)国家税务局、地方税务局',
    });
    const unbulleted = parsePolicy(
      canonicalText(
        '通化市人民政府关于印发通化市2015年创建国家卫生城市实施方案的通知【法规类别】卫生综合规定【发文字号】通市政明电[2015]7号【发布部门】通化市政府【发布日期】2015.08.10【时效性】现行有效【效力级别】XP10通化市人民政府关于印发通化市2015年创建国家卫生城市实施方案的通知(通市政明电【2015】7号)东昌区、二道江区人民政府,市政府有关部门:现将《通化市2015年创建国家卫生城市实施方案》印发给你们,请认真遵照执行。\n通化市人民政府\n2015年8月10日\n',
      ),
    );
    expect(unbulleted).toMatchObject({
      docNumber: '通市政明电〔2015〕7号',
      addressees: '东昌区、二道江区人民政府,市政府有关部门',
    });
  });

  it('reads a number that lost its year, one with a colon after its code, and one that names the file to download', () => {
    const yearLost = parsePolicy(
      '青政办〔〕11号\n各市、自治州人民政府，省政府各委、办、厅、局：\n现将任务分工印发给你们，请认真贯彻落实。\n',
    );
    expect(yearLost.docNumber).toBe('青政办〔〕11号');
    const coded = parsePolicy(
      '沙河市交通运输局关于市人大代表建议的答复\n建议字:〔2023〕8号\n王某某代表:\n您提出的建议收悉，现答复如下：\n',
    );
    expect(coded.docNumber).toBe('建议字〔2023〕8号');
    const download = parsePolicy(
      '永嘉县人民政府办公室关于下达2010年度森林采伐限额的通知\n下载阅读版本:永政办发〔2009〕146号.pdf\n各乡镇人民政府:\n现将采伐限额下达给你们。\n附件:工信厅科〔2013〕102号.pdf\n',
    );
    expect(download.docNumber).toBe('永政办发〔2009〕146号');
  });

  it('reads a table’s 是否有效 answered 是 or 否 as in force or not', () => {
    const yes = parsePolicy('文 號: | | 是否有效: | 是 |\n關于印發XX縣防汛預案的通知\n各鄉鎮人民政府:\n現將預案印發給你們。\n');
    const no = parsePolicy('是否有效:否\n关于印发XX县防汛预案的通知\n各乡镇人民政府:\n现将预案印发给你们。\n');
    expect([yes.validity, no.validity]).toEqual(['有效', '失效']);
  });

  it('reads a table whose labels run into their values, spaced out to width', () => {
    const doc = parsePolicy(
      '关于公布2022年第一批城市建设领域省级试点的通知\n发布时间:2022-04-28 来源:湖北省住建厅-政策文件\n索 引 号01104325X/2022-14728分    类城乡建设(含住房)\n发布机构湖北省住房和城乡建设厅发文日期2022-04-27\n文    号厅头〔2022〕723号效力状态有效\n文件名称关于公布2022年第一批城市建设领域省级试点的通知\n各市、州住(城)建局:\n根据《关于申报城市建设领域省级试点的通知》要求，现将试点名单予以公布。\n',
    );
    expect(doc).toMatchObject({
      title: '关于公布2022年第一批城市建设领域省级试点的通知',
      docNumber: '厅头〔2022〕723号',
      issuers: ['湖北省住房和城乡建设厅'],
      date: '2022-04-27',
    });
  });

  it('reads a sign-off date that lost its 年月日 by the day the page went up, and a department’s own document', () => {
    const doc = parsePolicy(
      '关于公开征求《上海市入河排污口设置审批权限划分方案(征求意见稿)》意见的通知\n发布日期:[2024-01-18]\n为规范本市入河排污口设置审批，现公开征求意见。\n各机关团体、企事业单位和个人均可提出意见和建议。\n上海市生态环境局\n2024118\n',
    );
    expect(doc).toMatchObject({ issuers: ['上海市生态环境局'], date: '2024-01-18' });
    const own = parsePolicy(
      '关于印发《芜湖市教育局2024年工作要点》的通知\n发布时间:2024-03-28 09:33\n各县市区教育局,各直属学校:\n现将《芜湖市教育局2024年工作要点》印发给你们,请结合实际认真贯彻落实。\n芜湖市教育局2024年工作要点\n',
    );
    expect(own.issuers).toEqual(['芜湖市教育局']);
  });

  it('takes no number a sentence cites, and none from a site’s footer or a sharing site’s notices', () => {
    const cited = parsePolicy(
      '临湘市忠防镇关于明确山区河道“四个责任人”的通知\n  根据《湖南省水利厅关于开展河湖名录梳理复核工作的通知》 (湘河委办〔2023〕3号)、《湖南省水利厅办公室转发水利部办公厅关于加强山区河道管理的通知》 (湘水办函〔2023〕112号)要求,现将河道“四个责任人”进行明确。\n临湘市忠防镇人民政府\n2023年6月28日\n',
    );
    expect(cited.docNumber).toBeNull();
    const footer = parsePolicy(
      '关于清明节放假的通知\n各中小学及有关学校:\n根据上级有关通知精神,2010年清明节放假安排如下:4月3日至4月5日放假。\n各校在节前要认真做好师生的安全教育工作。\n常州市武进区教育局\n主办单位:常州市武进区宋剑湖小学 苏ICP备05086717号-1\n地址: 江苏省常州市武进区清涟街 联系邮箱: jyfkg@163.com 联系电话:13961217432\n技术支持:常州市教育科学研究院\n',
    );
    expect(footer.issuers).toEqual(['常州市武进区教育局']);
    const shared = parsePolicy(
      '前郭县人民政府关于公布文物遗迹名单的通知\n1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。\n2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n前郭县人民政府关于公布文物遗迹名单的通知\n(前政发〔2010〕2号)\n各乡(镇)人民政府,县直各部门:\n按照上级要求，现将名单予以公布。\n',
    );
    expect(shared).toMatchObject({ docNumber: '前政发〔2010〕2号', addressees: '各乡(镇)人民政府,县直各部门' });
  });

  it('keeps a spam site’s keywords, a wiki’s infobox and a breadcrumb a step a line out of the title', () => {
    const spam = parsePolicy(
      '欧美日韩精品在线播放_可直接看的三级网站_校园春色激情小说_欧美10p_亚洲x视频\n\n天津市古樹名木保護管理辦法\n第一條 古樹名木是國家的寶貴財富，制定本辦法。\n',
    );
    expect(spam.title).toBe('天津市古樹名木保護管理辦法');
    const wiki = parsePolicy(
      '維基文庫,自由的圖書館\n黔東南苗族侗族自治州自治條例在維基數據編輯\n收錄於 國家法律法規數據庫在維基數據編輯\n\n黔東南苗族侗族自治州自治條例\n第一章 總則\n第一條 根據憲法，制定本條例。\n',
    );
    expect(wiki.title).toBe('黔東南苗族侗族自治州自治條例');
    const trail = parsePolicy(
      '当前位置:首页\n> 政府信息公开\n> 政府信息公开年报\n> 2022年\n马头铺镇人民政府2022年度政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制。\n',
    );
    expect(trail.title).toBe('马头铺镇人民政府2022年度政府信息公开工作年度报告');
  });
});

describe('forms of the collections of bureaus, counties, emergencies, land, plans and copies (rf51–57)', () => {
  it('takes the title from a page’s browser title, the site’s name after a dash', () => {
    const doc = parsePolicy(
      '吉林省市场监督管理局关于2020年度全省企业年报公示情况的通报-吉林省市场监督管理\n时间:2020-07-01 来源: 作者:\n各市(州)市场监督管理局:\n根据市场监管总局通报,现将我省企业年报公示情况通报如下。\n吉林省市场监督管理局\n2020年6月30日\n',
    );
    expect(head(doc)).toEqual({
      title: '吉林省市场监督管理局关于2020年度全省企业年报公示情况的通报',
      docNumber: null,
      issuers: ['吉林省市场监督管理局'],
      date: '2020-06-30',
      genre: '通报',
    });
  });

  it('reads the body a repost names over the title it put out (…发布) as its issuer', () => {
    const doc = parsePolicy('河南省公安厅发布\n关于敦促在逃人员投案自首的通告\n一、在逃人员应当于本通告发布之日起投案自首。\n');
    expect(doc).toMatchObject({ title: '关于敦促在逃人员投案自首的通告', issuers: ['河南省公安厅'], genre: '通告' });
  });

  it('reads a number that lost its 号, from the head and from a table, as printed', () => {
    const headed = parsePolicy(
      '自治区统计局关于印发《部门统计调查项目申报规范》的通知\n宁统字﹝2021﹞15\n自治区各部门:\n现将《部门统计调查项目申报规范》印发给你们，请认真贯彻执行。\n',
    );
    expect(headed.docNumber).toBe('宁统字﹝2021﹞15');
    const tabled = parsePolicy(
      '- 发文机关: 城关镇人民政府\n- 标 题: 关于做好防汛工作的通知\n- 发文字号: 城政〔2019〕7\n关于做好防汛工作的通知\n各村:\n现将有关事项通知如下。\n',
    );
    expect(tabled.docNumber).toBe('城政〔2019〕7');
  });

  it('does not take an empty 有效性 label’s next line for its value when it is the issuer’s', () => {
    const doc = parsePolicy(
      '发文字号: 渝统发〔2021〕3号\n标题: 关于报送统计资料的通知\n有效性:\n重庆市渝北区统计局\n关于报送统计资料的通知\n各镇人民政府,有关单位:\n现将有关事项通知如下。\n',
    );
    expect(doc).toMatchObject({ title: '重庆市渝北区统计局关于报送统计资料的通知', issuers: ['重庆市渝北区统计局'] });
    expect(doc.validity).toBeNull();
  });

  it('names a body in full where the text prints the name its title shortened', () => {
    const doc = parsePolicy(
      '潍坊市地税局关于印发《潍坊市地方税务局纳税服务规范》的通知\n各县市区局:\n现将《潍坊市地方税务局纳税服务规范》印发给你们。\n',
    );
    expect(doc.issuers).toEqual(['潍坊市地方税务局']);
    // A short name the text never prints in full stays as printed.
    expect(parsePolicy('潍坊市地税局关于做好年报工作的通知\n各县市区局:\n现将有关事项通知如下。\n').issuers).toEqual([
      '潍坊市地税局',
    ]);
  });

  it('reads commands by their serials: under the body, and run on after the command’s name', () => {
    const under = parsePolicy('黄冈市森林防火指挥部\n3号令\n各县(市、区)人民政府:\n现下达命令如下:\n一、严禁野外用火。\n');
    expect(under).toMatchObject({ title: '黄冈市森林防火指挥部3号令', docNumber: '3号令', genre: '命令' });
    const runOn = parsePolicy('野外用火禁火令〔2023〕第1號\n為有效預防森林火災,特頒布本禁火令。\n');
    expect(runOn).toMatchObject({ title: '野外用火禁火令', docNumber: '〔2023〕第1號', genre: '命令' });
    expect(parsePolicy('郸防指〔2021〕2号\n现下达命令如下:\n一、禁止聚集。\n').genre).toBe('命令');
  });

  it('reads a bulletin’s issue under its title, and its body and hour beside the date', () => {
    const doc = parsePolicy(
      '合阳县重污染天气预警通告\n2022年第3期\n合阳县重污染天气应急指挥部办公室    2022年1月5日10时\n经省环境监测中心站预报,我县将出现重污染天气过程。\n',
    );
    expect(doc).toMatchObject({
      title: '合阳县重污染天气预警通告',
      docNumber: '2022年第3期',
      issuers: ['合阳县重污染天气应急指挥部办公室'],
      date: '2022-01-05',
    });
  });

  it('reads a sign-off whose date lost its year, and a cover notice’s bare date before the issued articles', () => {
    const yearless = parsePolicy(
      '各县(市、区)人民政府:\n现将《棚户区改造目标任务分解方案》印发给你们,请认真抓好落实。\n扬州市人民政府办公室\n11月20日\n',
    );
    expect(yearless).toMatchObject({ issuers: ['扬州市人民政府办公室'], date: null });
    const bare = parsePolicy(
      '关于印发住房公积金管理办法的通知\n各县人民政府:\n《住房公积金管理办法》已经研究同意,现印发给你们,请认真遵照执行。\n二○○五年三月二日\n第一章 总则\n第一条 为了加强住房公积金管理,制定本办法。\n',
    );
    expect(bare.date).toBe('2005-03-02');
  });

  it('takes off a spam site’s address run into the title, and a mirror’s tag of its place', () => {
    expect(
      parsePolicy('某某医院 http://example.39.net/西平县防汛指挥部关于加强堤防值守的通知\n各乡镇:\n现通知如下。\n').title,
    ).toBe('西平县防汛指挥部关于加强堤防值守的通知');
    expect(
      parsePolicy('(界首市)界首市人民政府关于印发生态环境保护规划的通知(界政办秘〔2022〕55号)\n现印发给你们。\n'),
    ).toMatchObject({ title: '界首市人民政府关于印发生态环境保护规划的通知', docNumber: '界政办秘〔2022〕55号' });
  });

  it('takes out a converter’s pinyin notes left without their tones', () => {
    const doc = parsePolicy(
      canonicalText(
        '國務院關于加強安全生產工作的通知\n(國發〔2010〕23號)\n各省、自治區、直(zhi)轄(xia)市(shi)人(ren)民政府,國(guo)務院各部委:\n近(jin)年來,全(quan)(quan)國(guo)安全生產狀況總體(ti)穩定。\n',
      ),
    );
    expect(doc.addressees).toBe('各省、自治區、直轄市人民政府,國務院各部委');
    // A text's own brackets of Latin letters are not notes: (a) and (b) stay.
    expect(canonicalText('第一款(a)项和第二款(b)项。\n')).toBe('第一款(a)项和第二款(b)项。\n');
  });

  it('reads a 公告 of a kind run together with its serial, and a draft’s mark under its title', () => {
    const land = parsePolicy('保定市人民政府征收土地公告2024年第3号\n有关农户:\n现将征收土地情况公告如下:\n');
    expect(land).toMatchObject({
      title: '保定市人民政府征收土地公告',
      docNumber: '保定市人民政府征收土地公告2024年第3号',
      issuers: ['保定市人民政府'],
      genre: '公告',
    });
    const draft = parsePolicy('关于全域禁止燃放烟花爆竹的通告\n(征求意见稿)\n为加强烟花爆竹安全管理,现将有关事项通告如下:\n');
    expect(draft.title).toBe('关于全域禁止燃放烟花爆竹的通告(征求意见稿)');
  });

  it('signs a joint notice whose first body is run onto the text’s last line', () => {
    const doc = parsePolicy(
      '考试期间禁止夜间施工。\n对违反规定的施工单位将依法严肃查处。宝应县环境保护局\n宝应县住房和城乡建设局\n二O一三年五月二十日\n',
    );
    expect(doc.issuers).toEqual(['宝应县环境保护局', '宝应县住房和城乡建设局']);
  });

  it('reads a gazette’s issue line as page matter over a decree, and a sharing page’s neighbour title apart', () => {
    const decree = parsePolicy(
      '某某市人民政府公报(2005年第3号)\n某 某 市 人 民 政 府 令\n第 12 号\n《某某市行政许可听证规定》已经市政府常务会议通过，现予发布。\n市长 王某\n二○○五年三月一日\n某某市行政许可听证规定\n第一条 为了规范听证，制定本规定。\n',
    );
    expect(decree).toMatchObject({ title: '某某市行政许可听证规定', docNumber: '某某市人民政府令第12号', genre: '规定' });
    const neighbour = parsePolicy(
      '榆林市城市供水管理办法\n榆林市殡葬管理暂行办法\n第一章 总则\n第一条 为了加强殡葬管理，制定本办法。\n',
    );
    expect(neighbour.title).toBe('榆林市殡葬管理暂行办法');
  });

  it('takes the cover notice under its issuers for the title, not the headline it quotes', () => {
    const doc = parsePolicy(
      '关于推进安全生产领域改革发展的实施办法\n发布时间:2018-06-19\n中共吉安市委 吉安市人民政府\n印发《关于推进安全生产领域改革发展\n的实施办法》的通知\n吉市发〔2017〕21号\n各县市、区)委、人民政府,市委各部门:\n现将《关于推进安全生产领域改革发展的实施办法》印发给你们。\n',
    );
    expect(doc).toMatchObject({
      title: '中共吉安市委吉安市人民政府印发《关于推进安全生产领域改革发展的实施办法》的通知',
      issuers: ['中共吉安市委', '吉安市人民政府'],
      genre: '通知',
      addressees: '各县(市、区)委、人民政府,市委各部门',
    });
  });

  it('titles a news report of a release by the document it quotes, named by the bodies that issued it', () => {
    const doc = parsePolicy(
      '中共中央办公厅 国务院办公厅印发《关于加强某项工作的意见》\n新华社\n新华社北京2月23日电 近日，中共中央办公厅、国务院办公厅印发了《关于加强某项工作的意见》。\n',
    );
    expect(doc).toMatchObject({
      title: '关于加强某项工作的意见',
      issuers: ['中共中央办公厅', '国务院办公厅'],
      genre: '意见',
      addressees: null,
    });
  });

  it('reads a work report’s date and government from where it was delivered and who gave it, greeting no addressee', () => {
    const doc = parsePolicy(
      '2019年某某县政府工作报告\n2019年2月20日在某某县第十六届人民代表大会第三次会议上\n某某县人民政府县长 张三\n各位代表:\n现在，我代表县人民政府向大会作政府工作报告，请予审议。\n',
    );
    expect(doc).toMatchObject({ issuers: ['某某县人民政府'], date: '2019-02-20', genre: '报告', addressees: null });
  });

  it('gives a reply without a title its genre by what it answers', () => {
    const reply = parsePolicy('某镇人民政府:\n你镇关于地名命名的请示收悉。经研究，同意你镇对以下地名的命名。\n');
    expect(reply.genre).toBe('批复');
    const answer = parsePolicy('王某代表:\n您提出的《关于改善道路的建议》收悉。经研究，现将有关情况说明如下。\n');
    expect(answer.genre).toBe('答复');
    // An opinion on a deputy’s 建议 sent to the bureau that answers it is a letter to that bureau, not an 答复.
    const opinion = parsePolicy('市交通运输局:\n李某代表提出的《关于开通连接线的建议》收悉，会办意见如下:\n');
    expect(opinion.genre).not.toBe('答复');
    // A table’s 文件类别 names a kind, not the title.
    const tabled = parsePolicy('文号 | 宜政发〔2022〕9号 |\n文件类别 | 批复 |\n某镇人民政府:\n你镇关于地名命名的请示收悉。\n');
    expect(tabled.title).not.toBe('批复');
  });
});

describe('forms of the sixty-fifth to seventy-eighth sets', () => {
  // As a file comes in: its canonical text, run-together lines taken apart, then parsed.
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('places a department’s short name where the text prints it in full, and drops a byline taken for addressees', () => {
    const doc = parsed(
      '关于公开征求《某某实施细则(征求意见稿)》意见建议的通告\n新疆维吾尔自治区卫生健康委员会\n为规范管理，现面向社会公开征求意见建议。\n联系电话:0991-1234567\n自治区卫生健康委\n2025年6月17日\n',
    );
    expect(doc).toMatchObject({ issuers: ['新疆维吾尔自治区卫生健康委员会'], addressees: null, date: '2025-06-17' });
    const county = parsed(
      '发布机构: 县住房和城乡建设局\n关于征求《东至县公共租赁住房管理实施细则(征求意见稿)》意见的公告\n东至县住建局起草完成《东至县公共租赁住房管理实施细则》，现征求意见。\n邮寄至东至县住房和城乡建设局保障办。\n',
    );
    expect(county.issuers).toEqual(['东至县住房和城乡建设局']);
    // Two characters a sentence runs into the name are no place.
    const unplaced = parsed('区人民政府办公室关于印发某某方案的通知\n各街道办事处:\n明确一个责任单位代表区政府协调相关单位。\n');
    expect(unplaced.issuers).toEqual(['区人民政府办公室']);
  });

  it('reads a date with 年 typed for 月, signers spaced out to the line’s width, and many bodies stacked over the title', () => {
    expect(
      parsed('某镇人民政府关于道路封闭施工的通告\n现将有关事项通告如下:\n一、封闭时间。\n鲁甸县乐红镇人民政府\n2025年2年28日\n'),
    ).toMatchObject({
      issuers: ['鲁甸县乐红镇人民政府'],
      date: '2025-02-28',
    });
    const spaced = parsed(
      '关于印发某某招聘办法的通知\n各省辖市教育局、财政局:\n现将办法印发给你们。\n河 南 省 教 育 厅 河 南 省 财 政 厅\n2020年7月24日\n',
    );
    expect(spaced.issuers).toEqual(['河南省教育厅', '河南省财政厅']);
    const stacked = parsed(
      `${['郑州市市场监督管理局', '郑州市发展和改革委员会', '郑州市科学技术局', '郑州市司法局', '郑州市财政局', '郑州市商务局'].join('\n')}\n关于印发《某某工作方案(试行)》的通知\n郑市监〔2025〕6号\n现印发某某工作方案，请抓好贯彻落实。\n2025年2月18日\n`,
    );
    expect(stacked).toMatchObject({ title: '关于印发《某某工作方案(试行)》的通知', genre: '通知' });
    expect(stacked.issuers).toHaveLength(6);
  });

  it('takes a page heading run into the head, a quoted title wrapped at its comma, and a title quoting long names', () => {
    const glued = parsed(
      '辽宁省双减政策原文\n辽宁省双减政策原文辽宁省教育厅辽宁省人民政府教育督导室印发《关于落实义务教育学校校内“双减”三年行动计划(2021-2023)》的通知辽教发〔2021〕77号各市教育局、沈抚示范区社会事业局,各市人民政府教育督导室:为深入贯彻落实有关意见，充分发挥学校育人主阵地作用，规范办学行为，结合我省实际，现印发给你们，请遵照执行。\n',
    );
    expect(glued).toMatchObject({
      issuers: ['辽宁省教育厅', '辽宁省人民政府教育督导室'],
      docNumber: '辽教发〔2021〕77号',
      addressees: '各市教育局、沈抚示范区社会事业局,各市人民政府教育督导室',
    });
    const wrapped = parsed(
      '宁教建[2005]44号\n转发《教育部关于进一步加强中小学安全工作,\n预防学生拥挤踩踏事故的通知》的通知\n各中小学、幼儿园:\n要对教学楼进行一次全面检查。\n南京市教育局\n二○○五年十一月二十一日\n',
    );
    expect(wrapped.title).toBe('转发《教育部关于进一步加强中小学安全工作,预防学生拥挤踩踏事故的通知》的通知');
    const quoting = parsed(
      '某某区人民政府办公室印发某某区关于贯彻落实《某某市“十二五”规划纲要实施方案》、《珠江三角洲“四年大发展”任务分解计划》和《“某某质量”行动计划》的工作方案的通知\n各街道办事处:\n现予印发，请认真组织实施。\n',
    );
    expect(quoting.genre).toBe('通知');
  });

  it('reads decrees whose head sits under the state’s name, after a repeal note, or after the rule’s own name', () => {
    const state = parsed(
      '中华人民共和国\n退役军人事务部令\n第6号\n《烈士纪念设施保护管理办法》已经部务会议审议通过，现予公布。\n部长 某某\n2022年1月24日\n烈士纪念设施保护管理办法\n第一条 为加强管理，制定本办法。\n',
    );
    expect(state).toMatchObject({
      docNumber: '退役军人事务部令第6号',
      issuers: ['中华人民共和国退役军人事务部'],
      title: '烈士纪念设施保护管理办法',
    });
    const noted = parsed(
      '*注:本篇法规已被《某某市人民政府关于废止若干规章的决定》废止杭州市人民政府令\n(第86号)\n《杭州市城市节约用水管理办法》已经市人民政府常务会议审议通过，现予发布。\n市长 某某\n一九九五年六月二十一日\n杭州市城市节约用水管理办法\n第一条 为了加强节约用水管理，制定本办法。\n',
    );
    expect(noted).toMatchObject({ docNumber: '杭州市人民政府令第86号', issuers: ['杭州市人民政府'], date: '1995-06-21' });
    const runOn = parsed(
      '《浙江省公共数据开放与安全管理暂行办法》(全文)浙江省人民政府令第381号\n《浙江省公共数据开放与安全管理暂行办法》已经省人民政府常务会议审议通过，现予公布。\n省长\n2020年6月12日\n第一章 总 则\n',
    );
    expect(runOn).toMatchObject({ docNumber: '浙江省人民政府令第381号', issuers: ['浙江省人民政府'] });
  });

  it('reads a bilingual page whose spaces were lost, a language a line', () => {
    const doc = parsed(
      '湖南省行政程序规定中英文对照全文湖南省行政程序规定HunanProvincialAdministrativeProcedureProvisions湖南省人民政府令第222号DecreeNo.222ofthePeople’sGovernmentofHunanProvince《湖南省行政程序规定》已经2008年4月9日省人民政府第4次常务会议通过,现予公布,自2008年10月1日起施行。TheProvisionsareadoptedattheExecutiveMeeting.省长周强2008年4月17日ZhouQiang,GovernorApril17,2008第一章总则ChapterI.GeneralProvisions第一条为了规范行政行为,制定本规定。\n',
    );
    expect(doc).toMatchObject({ docNumber: '湖南省人民政府令第222号', issuers: ['湖南省人民政府'], date: '2008-04-17' });
  });

  it('reads a report quoting a document whole, a body addressed after the number, and addressees run on into the text', () => {
    const quoted = parsed(
      '今天,国务院批复同意新建某某保护区。\n批复全文如下:国务院关于新建某某国家级自然保护区的批复国函〔2025〕87号自然资源部:你部关于报请新建某某保护区的请示收悉。\n现批复如下:\n一、同意新建某某保护区。\n',
    );
    expect(quoted).toMatchObject({
      title: '国务院关于新建某某国家级自然保护区的批复',
      docNumber: '国函〔2025〕87号',
      addressees: '自然资源部',
      genre: '批复',
    });
    const runOn = parsed(
      '關于印發《某某專項資金管理辦法》的通知\n財建[2009]227號\n各省、自治區、直轄市財政廳(局),新疆生產建設兵團財務局:為加快服務業發展,我們修訂了《某某專項資金管理辦法》。現印發給你們,請遵照執行。\n財政部\n二○○九年五月二十六日\n',
    );
    expect(runOn.addressees).toBe('各省、自治區、直轄市財政廳(局),新疆生產建設兵團財務局');
  });

  it('dates a database’s rule by its 公布日期, and takes a post’s stamp, readers and tags for the page’s', () => {
    const database = parsed(
      '某某市文化发展专项资金管理办法\n•【制定机关】某某市人民政府\n•【公布日期】2012.06.12\n•【字号】某府办发[2012]19号\n第一条 为加强管理，制定本办法。\n',
    );
    expect(database.date).toBe('2012-06-12');
    const post = parsed(
      '武威市人民政府关于推进义务教育一体化改革发展的实施意见\n询律网小编整理\n2024-11-21 12:56\n137人看过\n学校\n教师\n城乡\n各县、区人民政府,市政府有关部门、单位:\n为贯彻落实有关精神，提出如下实施意见。\n',
    );
    expect(post).toMatchObject({ date: null, addressees: '各县、区人民政府,市政府有关部门、单位' });
  });

  it('gives a text without a title its genre by what it does or answers', () => {
    const genre = (text: string) => parsed(text).genre;
    expect(genre('各县人民政府:\n为确保春节期间困难职工基本生活，经省人民政府同意，特作如下通知:\n一、增发生活费。\n')).toBe(
      '通知',
    );
    expect(
      genre('张某、李某委员:\n你们提出的第57号提案交我局办理，现续复如下:\n一、加强保通。\n某某县交通运输局\n2019年6月18日\n'),
    ).toBe('答复');
    expect(
      genre(
        '某某区自然资源局:\n你局提交的《关于某路命名的申请》收悉。经研究，同意命名。\n此复。\n某某区地名委员会\n2020年7月14日\n',
      ),
    ).toBe('批复');
    expect(
      genre(
        '某某镇人民政府:\n你们上报的《关于申请部分道路地名命名的函》收悉。同意命名。\n此函。\n某某市人民政府\n2025年5月23日\n',
      ),
    ).toBe('复函');
  });

  it('reads the page matter of this season: a filing registration, a [place] tag, a link grid, a posting hour', () => {
    const filed = parsed(
      '文件名称:[重庆]重庆市江津区人民政府关于加快发展体育产业的实施意见\n文件编号:渝文备〔2016〕264号\n重庆市江津区人民政府\n关于加快发展体育产业的实施意见\n江津府发〔2015〕34号\n各镇人民政府、街道办事处:\n为加快发展体育产业，提出如下实施意见。\n',
    );
    expect(filed).toMatchObject({
      title: '重庆市江津区人民政府关于加快发展体育产业的实施意见',
      docNumber: '江津府发〔2015〕34号',
      issuers: ['重庆市江津区人民政府'],
    });
    const grid = parsed(
      '浙江省农业厅、浙江省财政厅关于2005年实行以奖代补政策的实施意见\n氯胺酮原料及氯胺酮注射 关于人用狂犬病疫苗实施 浙江省农业厅、财政厅 关\n农业部关于实施九大行动 《饲料和饲料添加剂管理 无公害农产品定点检测机\n浙农计发[2005]23号各市、县(市、区)农业局、财政局:  根据省委有关精神，提出如下意见。\n',
    );
    expect(grid).toMatchObject({ docNumber: '浙农计发〔2005〕23号', addressees: '各市、县(市、区)农业局、财政局' });
    const posted = parsed(
      '中共辽宁省委 辽宁省人民政府 关于某某工作的实施意见\n2019年03月03日 10:19   来源:辽宁日报\n为认真贯彻落实有关精神，现提出如下实施意见。\n',
    );
    expect(posted).toMatchObject({ date: null, issuers: ['中共辽宁省委', '辽宁省人民政府'] });
  });
});

describe('forms of the seventy-ninth to eighty-fifth sets', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads a joint masthead stacked a line each with 文件 beside one body, and not a body over its own masthead', () => {
    const joint = parsed(
      '财 政 部 办 公 厅\n国家经济贸易委员会办公厅 文件\n中 国 人 民 银 行 办公厅\n财办金[2002]50号\n关于进行全国信用担保机构基本情况调查的通知\n各省、自治区、直辖市财政厅(局):\n为规范信用担保机构运作，现就有关事项通知如下。\n',
    );
    expect(joint).toMatchObject({
      issuers: ['财政部办公厅', '国家经济贸易委员会办公厅', '中国人民银行办公厅'],
      docNumber: '财办金〔2002〕50号',
      title: '关于进行全国信用担保机构基本情况调查的通知',
    });
    const own = parsed(
      '江苏省常州市人民政府\n常州市人民政府文件\n常政发(2001)6号\n关于颁发《常州市某某办法》的通知\n各市、区人民政府:\n现将《常州市某某办法》颁发给你们，望认真贯彻执行。\n二00一年一月十日\n',
    );
    expect(own.issuers).toEqual(['常州市人民政府']);
  });

  it('names a township, a street office or the body of an annual report from its title, in full where the text does', () => {
    expect(
      parsed(
        '馬練瑤族鄉關於疫情防控期間禁止聚集性祭拜掃墓的通告\n廣大群眾朋友:\n清明節即將來臨，現通告如下：\n一、暫停聚集性祭拜。\n',
      ).issuers,
    ).toEqual(['馬練瑤族鄉']);
    expect(parsed('2023年下各镇政府信息公开工作年度报告\n一、总体情况\n我镇政府高度重视政府信息公开工作。\n').issuers).toEqual([
      '下各镇',
    ]);
    const report = parsed(
      '道里区经纬街道办事处2022年政府信息公开工作年度报告\n本年度报告由经纬街道办事处编制。如对本报告有疑问，请联系哈尔滨市道里区经纬街道办事处。\n一、总体情况\n',
    );
    expect(report.issuers).toEqual(['哈尔滨市道里区经纬街道办事处']);
  });

  it('takes a portal’s source tag off a headline, and a greeting and a bracket’s label are no addressees', () => {
    const tagged = parsed(
      '政府信息公开\n磨溪镇:断道施工通告\n来源:磨溪镇 发布时间:2024-03-04 11:32\n为全面提升场镇基础设施，现将有关事项通告如下:\n一、封闭断道时间:2024年3月8日至2024年12月27日\n遂宁市安居区交通运输局\n2024年2月23日\n',
    );
    expect(tagged).toMatchObject({ title: '断道施工通告', addressees: null, date: '2024-02-23', genre: '通告' });
    const land = parsed(
      '欢迎访问巨鹿人民政府网站\n巨鹿县2023年度第九批次建设用地征收土地预公告\n巨鹿县人民政府\n征收土地预公告\n因公共利益需要，现将有关事项公告如下\n一、征收范围\n拟征收你位于西郭城镇西郭城村西(东:西郭城村地,西:西郭城村地),面积约3公顷。\n',
    );
    expect(land.title).toBe('巨鹿县2023年度第九批次建设用地征收土地预公告');
    expect(land.addressees).toBeNull();
  });

  it('reads page tables: 信息类别 and 信息索取号, a bulleted 文号 run into its number, brackets inside a quoted title', () => {
    const row = parsed(
      '信息类别: 政府文件 文件编号: 聂府发[2006]5号 公开方式: 主动公开 生成日期: 2018-09-25 信息索取号: G25957-0202-2008-0026 责任部门: 聂桥镇\n关于在全镇范围内实施野外禁火的紧急通知\n各村(居)委会:\n为预防森林火灾的发生，镇人民政府决定实施野外禁火。\n二OO六年三月三十日\n',
    );
    expect(row).toMatchObject({ docNumber: '聂府发〔2006〕5号', date: '2006-03-30' });
    const bullets = parsed(
      '  • 发布机构广安市前锋区人民政府办公室\n  • 成文日期2025-02-10\n  • 文号前府办发〔2025〕2号\n各镇人民政府、街道办事处:\n《广安市前锋区行政事业性国有资产管理办法》已经区政府常务会议审议通过，现印发给你们，请遵照执行。\n广安市前锋区人民政府办公室\n2025年2月10日\n广安市前锋区行政事业性国有资产管理办法\n第一条 为加强管理，制定本办法。\n',
    );
    expect(bullets).toMatchObject({ docNumber: '前府办发〔2025〕2号', genre: '通知' });
    const quoted = parsed(
      '发文标题: 浙江省审计厅关于印发《浙江省某某审计操作规程[试行]》的通知\n发文文号: 浙审责[2011]86号\n发文部门: 浙江省审计厅\n各市、县(市、区)审计局:\n现将《浙江省某某审计操作规程[试行]》印发给你们。\n',
    );
    expect(quoted.title).toBe('浙江省审计厅关于印发《浙江省某某审计操作规程[试行]》的通知');
    const database = parsed(
      '热点专题\n【企业会计准则】\nCPA考试法规汇编(2015)\n发文标题: 青海省财政厅关于印发《某某工作规程》的通知\n发文文号: 青财库字[2011]1673号\n发文部门: 青海省财政厅\n发文内容:\n各州(地、市)、县财政局:\n为加强财政总预算会计基础工作，制定本规程。\n二〇一一年九月十三日\n主题词:财政 规程 通知\n',
    );
    expect(database.addressees).toBe('各州(地、市)、县财政局');
  });

  it('reads a government’s 公告 promulgating a rule as a decree, and an autonomous county named in full', () => {
    const notice = parsed(
      '元江县人民政府公告\n第23号\n现公布《元江哈尼族彝族傣族自治县人民政府实施<云南省元江哈尼族彝族傣族自治县自治条例>办法》，自2014年11月22日起施行。\n元江县人民政府\n2014年11月7日\n元江哈尼族彝族傣族自治县人民政府实施《云南省元江哈尼族彝族傣族自治县自治条例》办法\n第一章 总则\n第一条 根据自治条例，制定本办法。\n',
    );
    expect(notice).toMatchObject({
      title: '元江哈尼族彝族傣族自治县人民政府实施《云南省元江哈尼族彝族傣族自治县自治条例》办法',
      docNumber: '元江县人民政府公告第23号',
      issuers: ['元江哈尼族彝族傣族自治县人民政府'],
      genre: '办法',
    });
  });

  it('titles a news repost by the document it quotes whole, and keeps the head that quotes a table’s title', () => {
    const repost = parsed(
      '广西三月三休4天\n3月22日广西壮族自治区人民政府门户网站发布《广西壮族自治区人民政府办公厅关于2024年“壮族三月三”放假的通知》全文如下↓↓↓\n各市、县人民政府:\n现将有关事项通知如下:\n一、4月11日至12日放假。\n',
    );
    expect(repost).toMatchObject({
      title: '广西壮族自治区人民政府办公厅关于2024年“壮族三月三”放假的通知',
      issuers: ['广西壮族自治区人民政府办公厅'],
    });
    const approval = parsed(
      '名 称: 南京江北新区发展总体规划\n发布机构: 江苏省发展改革委办公室\n江苏省人民政府关于《南京江北新区发展总体规划》的批复\n南京市人民政府,省发展改革委:\n你们的请示均悉。经研究，现批复如下:\n一、原则同意《规划》。\n',
    );
    expect(approval).toMatchObject({
      title: '江苏省人民政府关于《南京江北新区发展总体规划》的批复',
      issuers: ['江苏省人民政府'],
      genre: '批复',
    });
  });

  it('drops a portal’s force and full-copy marks from a title, and reads the issuer a numbered title cell names', () => {
    const cell = parsed(
      '发文机关: 盘锦市政府\n标  题: 盘政发〔2014〕31号 盘锦市人民政府关于某某工作职责的意见(废止)\n各县、区人民政府:\n为推进新区发展，提出如下意见。\n',
    );
    expect(cell).toMatchObject({ title: '盘锦市人民政府关于某某工作职责的意见', issuers: ['盘锦市人民政府'] });
    const full = parsed(
      '发改地区〔2016〕461号《国家发展改革委关于印发长春新区总体方案的通知》(全文)\n吉林省人民政府:\n《长春新区总体方案》已经国务院同意，现印发你们。\n',
    );
    expect(full.title).toBe('国家发展改革委关于印发长春新区总体方案的通知');
  });

  it('gives untitled circulars, replies by letter and self-named notices their genres', () => {
    const genre = (text: string) => parsed(text).genre;
    expect(genre('某某县人民政府:\n为严肃会议纪律，市委、市政府决定，对某某区政府予以通报批评。\n')).toBe('通报');
    expect(genre('各县(区)人民政府:\n2008年全县民政工作成效显著，决定对完成较好的单位进行通报表彰。\n')).toBe('通报');
    expect(
      genre(
        '發文機關國務院\n發文字號國函〔1992〕169號\n國家科委:\n你委《關於再審批一些國家高新技術產業開發區的請示》(〔92〕國科發火字395號)收悉。同意。\n',
      ),
    ).toBe('批复');
    expect(genre('各出資企業:\n我委印發了某某實施細則。本通知中附件所指監管企業為各出資企業。\n')).toBe('通知');
  });

  it('reads a joint sign-off dated by its month alone, a name wrapped over its borrowed seal, names parted by question marks', () => {
    const month = parsed(
      '关于某某路段禁行的通告\n根据公路建设需要，对以下道路封闭施工。\n特此通告。\n高密市公安局、高密市交通局\n2021年9月\n',
    );
    expect(month).toMatchObject({ issuers: ['高密市公安局', '高密市交通局'], date: null });
    const seal = parsed(
      '关于进一步强化小区封闭管理的通告\n各成员单位:\n为切实做好疫情防控工作，现通告如下。\n忻府区新型冠状病毒感染的肺炎\n疫情防控工作领导小组(借章)\n2020年2月1日\n',
    );
    expect(seal.issuers).toEqual(['忻府区新型冠状病毒感染的肺炎疫情防控工作领导小组']);
    const marks = parsed(
      '內蒙古自治區財政廳 住房和城鄉建設廳關于印發《某某辦法》的通知\n內財建〔2024〕1293號\n各盟市財政局:\n現將《某某辦法》印發給你們。\n內蒙古自治區財政廳? ? ? ? ?內蒙古自治區住房和城鄉建設廳\n2024年11月1日\n',
    );
    expect(marks.issuers).toEqual(['內蒙古自治區財政廳', '內蒙古自治區住房和城鄉建設廳']);
  });

  it('places a region’s short name in the script it is printed in, and keeps an issuer’s line over a 转发 under the number', () => {
    expect(
      parsed(
        '自治區人民政府辦公廳關于部分節假日安排的通知\n寧政辦發〔2018〕137號\n各市、縣(區)人民政府:\n現將有關事項通知如下:\n一、開齋節放假。\n',
      ).issuers,
    ).toEqual(['寧夏回族自治區人民政府辦公廳']);
    const forward = parsed(
      '青安辦〔2017〕51號\n青島市人民政府安全生產委員會辦公室\n轉發省政府安委會辦公室關于某某事故情況的通報\n各區市人民政府安委會:\n現將省政府安委會辦公室《關于某某事故情況的通報》轉發你們。\n',
    );
    expect(forward.title).toBe('青島市人民政府安全生產委員會辦公室轉發省政府安委會辦公室關于某某事故情況的通報');
    const cover = parsed(
      '转发国家发展改革委办公厅关于做好中博会筹备工作的紧急通知\n(粤经贸发电〔2005〕149号)\n各地级以上市经贸局:\n现将《国家发展改革委办公厅关于做好中博会筹备工作的紧急通知》转发给你们。\n二○○五年八月四日\n特急\n国家发展改革委办公厅关于做好中博会筹备工作的紧急通知\n各省发展改革委:\n现就有关事项通知如下:\n',
    );
    expect(cover.date).toBe('2005-08-04');
  });
});

describe('forms of the eighty-sixth to ninety-second sets', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads a congress office’s 公告 with its number in brackets, and a draft it publishes is no promulgated title', () => {
    const notice = parsed(
      '首页 -> 政务公开 -> 其他政府信息 -> 公 告\n沈阳市人民代表大会常务委员会办公室公告(第7号)\n市人大常委会会议对《沈阳市社会信用条例(草案)》进行了初次审议。现将《条例(草案)》全文公布，广泛征求意见，并就有关事项公告如下:\n一、可以通过信函提出意见。\n沈阳市社会信用条例(草案)\n第一条 为了加强社会信用体系建设，制定本条例。\n',
    );
    expect(notice).toMatchObject({
      title: '沈阳市人民代表大会常务委员会办公室公告',
      docNumber: '沈阳市人民代表大会常务委员会办公室公告第7号',
      genre: '公告',
    });
  });

  it('starts a title at an issuer’s line over its 关于 after a news headline, and a meeting’s decision is no addressee', () => {
    const wechat = parsed(
      '查看原文\n其他\n粤琼甘三地人大常委会出台文件 加强检察公益诉讼工作\n广东省人民代表大会常务委员会\n关于加强检察公益诉讼工作的决定\n为贯彻落实党中央的决策部署，作如下决定:\n一、检察机关依法提起公益诉讼。\n',
    );
    expect(wechat).toMatchObject({
      title: '广东省人民代表大会常务委员会关于加强检察公益诉讼工作的决定',
      issuers: ['广东省人民代表大会常务委员会'],
    });
    const amend = parsed(
      '甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定\n甘肃省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:\n一、对下列法规进行修改\n',
    );
    expect(amend.addressees).toBeNull();
  });

  it('takes a 公告 title that introduces what follows with a colon, and the bodies before a title they quote', () => {
    const colon = parsed(
      '来源: 最后更新:22-09-22 11:17:46\n成都经开区(龙泉驿区)教育局2022年小学一年级新生入学报名登记公告:\n一、登记对象\n龙泉驿区户籍适龄儿童。\n',
    );
    expect(colon).toMatchObject({
      title: '成都经开区(龙泉驿区)教育局2022年小学一年级新生入学报名登记公告',
      addressees: null,
      genre: '公告',
    });
    const quoted = parsed(
      '发布时间:2020-11-13 00:57:33\n浙江省高级人民法院、 浙江省人民检察院、浙江省公安厅《关于办理抢劫、抢夺犯罪案件适用法律的指导意见》\n浙公通字〔2009〕22号)\n为依法严厉打击抢劫、抢夺犯罪，提出如下意见。\n',
    );
    expect(quoted).toMatchObject({
      title: '关于办理抢劫、抢夺犯罪案件适用法律的指导意见',
      docNumber: '浙公通字〔2009〕22号',
      issuers: ['浙江省高级人民法院', '浙江省人民检察院', '浙江省公安厅'],
    });
  });

  it('names the body of an annual report on the rule of law, a 医保局 in full, and a congress without its term', () => {
    expect(parsed('水宽乡2025年度法治政府建设报告\n2025年，我乡坚持依法行政。\n').issuers).toEqual(['水宽乡']);
    const insurance = parsed('河源市醫保局 河源市財政局關于某某政策的解讀\n河源市醫療保障局、河源市財政局印發了某某辦法。\n');
    expect(insurance.issuers).toEqual(['河源市醫療保障局', '河源市財政局']);
    const amended = parsed(
      '(2006年2月17日务川仡佬族苗族自治县第五届人民代表大会第四次会议通过 2006年3月30日贵州省第十届人民代表大会常务委员会第二十次会议批准)\n全文\n务川仡佬族苗族自治县第五届人民代表大会第四次会议决定对《务川仡佬族苗族自治县自治条例》作如下修改:\n一、将第一条修改。\n',
    );
    expect(amended).toMatchObject({ issuers: ['务川仡佬族苗族自治县人民代表大会'], genre: '决定' });
    const runOn = parsed(
      '省人大颁布的地方法规\n哈尔滨市市容管理办法\n(1988年12月16日哈尔滨市第九届人民代表大会常务委员会第八次会议通过1989年2月28日黑龙江省第七届人民代表大会常务委员会第八次会议批准)\n第一章 总 则\n第一条 为加强市容管理，制定本办法。\n',
    );
    expect(runOn).toMatchObject({ issuers: ['哈尔滨市人民代表大会常务委员会'], date: '1988-12-16' });
  });

  it('drops a flipbook’s page mark before a title and reads a site’s 主办 line as page matter', () => {
    const flipbook = parsed(
      'Page 22 -内蒙古自治区人民政府办公厅关于印发某某实施方案的通知\n各盟行政公署:\n现将某某实施方案印发给你们。\n',
    );
    expect(flipbook).toMatchObject({
      title: '内蒙古自治区人民政府办公厅关于印发某某实施方案的通知',
      issuers: ['内蒙古自治区人民政府办公厅'],
    });
    const footer = parsed(
      '主辦:山西省臨汾市浮山縣人民政府 ? 版權所有 2018\n承辦:浮山縣人民政府辦公室\n各鄉(鎮)人民政府,縣直有關部門:\n新修訂的《浮山縣某某預案》已經縣人民政府同意，現印發給你們，請認真貫徹執行。\n',
    );
    expect(footer).toMatchObject({ addressees: '各鄉(鎮)人民政府,縣直有關部門', genre: '通知' });
  });
});

describe('forms of the ninety-third set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('names a local government by its number’s code where nothing else names the issuer', () => {
    const coded = parsed(
      '海府〔2011〕33号\n关于印发《海口市人民政府工作规则》的通知\n各区人民政府，市政府直属各单位：\n现将《海口市人民政府工作规则》印发给你们，请认真贯彻执行。\n',
    );
    expect(coded).toMatchObject({ issuers: ['海口市人民政府'], provenance: { issuer: 'inferred' } });
    const office = parsed(
      '富政办〔2005〕35号\n关于进一步加强机关内部管理的意见\n各乡镇人民政府：\n请认真执行。\n抄送：富阳市委办公室。\n',
    );
    expect(office.issuers).toEqual(['富阳市人民政府办公室']);
    const guangzhou = parsed(
      '穗府〔2011〕15號\n關于進一步加強招商引資促進產業轉型升級的指導意見\n各區、縣級市人民政府,市政府各部門:\n為增強我市對國內外資本的吸引力，現提出如下指導意見:\n',
    );
    expect(guangzhou.issuers).toEqual(['廣州市人民政府']);
    // A code whose character opens no place the text names stays unnamed.
    const unnamed = parsed('丰政发〔2020〕3号\n关于某某工作的通知\n各部门：\n现将有关事项通知如下。\n');
    expect(unnamed.issuers).toEqual([]);
  });

  it('reads a work report’s delivery note after a dash, over two lines or without its 上, and places a speaker who leaves off the place', () => {
    const dashed = parsed(
      '政府工作报告\n——2022年1月12日在黄山市第八届人民代表大会第一次会议上\n市人民政府市长 孙 勇\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n',
    );
    expect(dashed).toMatchObject({ issuers: ['黄山市人民政府'], date: '2022-01-12', genre: '报告' });
    const wrapped = parsed(
      '汉滨区2025年政府工作报告\n2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n汉滨区人民政府代区长 向诗兵\n各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n',
    );
    expect(wrapped).toMatchObject({ issuers: ['汉滨区人民政府'], date: '2025-03-21' });
    const town = parsed(
      '政 府 工 作 报 告\n2019年2月26日在镇第十四届人民代表大会第三次会议\n魏庄镇人民政府镇长 杨杰\n各位代表:\n现在,我代表魏庄镇人民政府向大会作政府工作报告。\n',
    );
    expect(town).toMatchObject({ issuers: ['魏庄镇人民政府'], date: '2019-02-26' });
    const region = parsed(
      '• 政府工作报告\n• ——2001年2月16日在内蒙古自治区第九届人民代表大会第四次会议上\n自治区代主席 乌云其木格\n各位代表:\n现在,我代表自治区人民政府作工作报告。\n',
    );
    expect(region).toMatchObject({ issuers: ['内蒙古自治区人民政府'], date: '2001-02-16' });
  });

  it('takes minutes for 纪要 by what they say or by their number, titled by the page’s headline', () => {
    const minutes = parsed(
      '索引号 11330283002979996P/2022-112754 组配分类 常务会议\n发文日期 2022-04-08 成文日期 2022-03-19 发布机构 区政府办公室\n\n区政府召开第3次常务会议 魏建根主持\n\n2022年3月18日,魏建根区长主持召开区政府第3次常务会议,现将会议讨论研究的有关事项纪要如下。\n一、传达学习有关精神。\n',
    );
    expect(minutes).toMatchObject({
      title: '区政府召开第3次常务会议魏建根主持',
      genre: '纪要',
      date: '2022-03-19',
      provenance: { title: 'inferred' },
    });
    const numbered = parsed(
      '2023年12月12日区政府召开第62次常务会议\n• 发文机构:上海市长宁区人民政府办公室\n• 发文字号:长府会议纪要〔2023〕39号\n• 发布日期:2023-12-12\n\n2023年12月12日上午,区长侯继军主持召开区政府第62次常务会议。\n会议听取了有关汇报。\n',
    );
    expect(numbered).toMatchObject({ title: '2023年12月12日区政府召开第62次常务会议', genre: '纪要' });
  });

  it('reads a notice that names itself 通告 in its opening or its last article', () => {
    const opening = parsed('为了维护社会秩序,特就严厉打击扰乱社会秩序行为通告如下:\n一、严禁聚众围堵。\n');
    expect(opening.genre).toBe('通告');
    const closing = parsed('为了维护社会秩序,依据有关规定,明确以下事项。\n一、严禁聚众围堵。\n二、本通告自发布之日起施行。\n');
    expect(closing.genre).toBe('通告');
  });

  it('reads a law database’s 【法規全文】 label, a number run into its date and body, and a site’s greeting with the day', () => {
    const database = parsed(
      '1. 【頒布時間】2024-7-4\n2. 【標題】關于印發《關于某某工作的若干意見》的通知\n5. 【頒布單位】最高人民檢察院\n7. 【法規全文】\n關于印發《關于某某工作的若干意見》的通知\n關于印發《關于某某工作的若干意見》的通知\n最高人民檢察院\n關于印發《關于某某工作的若干意見》的通知\n各省、自治區、直轄市人民檢察院,解放軍軍事檢察院:\n《關于某某工作的若干意見》已經審議通過,現印發給你們。\n最高人民檢察院\n2024年7月4日\n',
    );
    expect(database.addressees).toBe('各省、自治區、直轄市人民檢察院,解放軍軍事檢察院');
    const glued = parsed(
      '扬州市人民政府关于表彰2008年度建筑业目标管理奖获奖单位的决定\n扬府发[2009]20号2009年01月21日扬州市人民政府\n\n各县(市、区)人民政府,市各有关部门和单位:\n2008年,全市各地认真落实科学发展观。\n',
    );
    expect(glued).toMatchObject({ docNumber: '扬府发〔2009〕20号', date: '2009-01-21', issuers: ['扬州市人民政府'] });
    const greeted = parsed(
      '欢迎进入弥渡县人民政府网站! 今天是:\n弥渡县人民政府办公室关于某某工作情况的通报\n为推进某某工作,现将有关情况通报如下。\n',
    );
    expect(greeted.addressees).toBeNull();
  });

  it('names a township by the page it puts up, and a provincial department by its number’s code and its short name', () => {
    const township = parsed(
      ' 责任部门:促进乡 发布机构:促进乡\n 发布日期:2017/3/8 15:05:01\n\n促进乡环境治理通报\n\n促进乡严格按照有关文件精神,现将督查情况通报如下:\n一、工作开展较好方面\n',
    );
    expect(township.issuers).toEqual(['促进乡']);
    const department = parsed(
      '关于下达2016年中小学教育补助资金的通知\n吉财教指[2016] 500号\n各市(州)县(市)财政局:\n按照省财政厅、省教育厅联合制定的《中小学教育补助资金管理办法》规定,现下达补助资金。\n',
    );
    expect(department).toMatchObject({ issuers: ['吉林省财政厅'], provenance: { issuer: 'inferred' } });
  });

  it('takes off a gazette’s part mark and a repost’s or a column’s tag, and prefers the title its issuer opens on one line', () => {
    expect(parsed('黑龙江省财政厅关于印发某某资金管理办法的通知(上)\n各市(地)财政局:\n现将办法印发给你们。\n').title).toBe(
      '黑龙江省财政厅关于印发某某资金管理办法的通知',
    );
    expect(
      parsed('[转]西安市人民政府办公厅关于印发《2025年为民实事实施方案》的通知\n各区县人民政府:\n现将方案印发给你们。\n'),
    ).toMatchObject({
      title: '西安市人民政府办公厅关于印发《2025年为民实事实施方案》的通知',
      issuers: ['西安市人民政府办公厅'],
    });
    expect(
      parsed(
        '【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n各县、市、区人民政府:\n现将重点工作通知如下。\n',
      ).title,
    ).toBe('滁州市人民政府关于2020年市政府重点工作及责任分解的通知');
    const headline = parsed(
      '關于印發《黑龍江省政務數據管理暫行辦法》的通知\n黑龍江省人民政府辦公廳關于印發《黑龍江省政務數據管理暫行辦法》的通知\n黑政辦規〔2025〕1號\n各市(地)人民政府(行署),省政府各直屬單位:\n《黑龍江省政務數據管理暫行辦法》已經省人民政府同意,現印發給你們。\n',
    );
    expect(headline.title).toBe('黑龍江省人民政府辦公廳關于印發《黑龍江省政務數據管理暫行辦法》的通知');
  });

  it('titles a report of a release by the document it quotes before 全文如下, and reads the addressees under it', () => {
    const report = parsed(
      '湖南啓動低溫雨雪冰凍災害Ⅳ級應急響應\n新京報訊 2月21日,湖南應急管理官微發佈《湖南省低溫雨雪冰凍災害應急指揮部關於啓動低溫雨雪冰凍災害Ⅳ級應急響應的通知》。全文如下:\n各市州低溫雨雪冰凍災害應急指揮部,省低溫雨雪冰凍災害應急指揮部各成員單位:\n根據氣象預報,省低溫雨雪冰凍災害應急指揮部決定啓動Ⅳ級應急響應。\n湖南省低溫雨雪冰凍災害應急指揮部\n2024年2月21日\n',
    );
    expect(report).toMatchObject({
      title: '湖南省低溫雨雪冰凍災害應急指揮部關於啓動低溫雨雪冰凍災害Ⅳ級應急響應的通知',
      genre: '通知',
      addressees: '各市州低溫雨雪冰凍災害應急指揮部,省低溫雨雪冰凍災害應急指揮部各成員單位',
    });
  });

  it('names a department that gives a report by its head, or alone, under the delivery note', () => {
    const head = parsed(
      '三江侗族自治县2022年财政预算执行情况和2023年财政预算(草案)的报告\n来源: 三江县财政局  |   发布日期: 2023-01-10 17:45\n2023年1月8日在自治县第十七届人民代表大会第三次会议上\n县财政局局长  陈远熙\n各位代表:\n受自治县人民政府委托,向大会报告我县财政预算执行情况,请予审议。\n',
    );
    expect(head).toMatchObject({ issuers: ['三江县财政局'], date: '2023-01-08', genre: '报告' });
    const alone = parsed(
      '關于鳳慶縣2022年地方財政預算執行情況和2023年地方財政預算草案的報告\n——2023年2月15日在鳳慶縣第十八屆人民代表大會第二次會議上\n鳳慶縣財政局\n各位代表:\n受縣人民政府委托,現將預算執行情況提請大會審議。\n',
    );
    expect(alone).toMatchObject({ issuers: ['鳳慶縣財政局'], date: '2023-02-15' });
  });

  it('gives a government’s work report its government, a title without a date in figures, and a report that names itself its title', () => {
    const work = parsed('2023年西安市政府工作报告(20230224)\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n');
    expect(work).toMatchObject({ title: '2023年西安市政府工作报告', issuers: ['西安市人民政府'], genre: '报告' });
    const named = parsed(
      '(2023年8月2日)\n武汉市人民代表大会常务委员会:\n市人民政府组织清查盘点,形成《武汉市人民政府关于2022年度国有资产管理情况的综合报告》。现将有关情况报告如下,请予审议。\n一、国有资产总体情况\n',
    );
    expect(named).toMatchObject({
      title: '武汉市人民政府关于2022年度国有资产管理情况的综合报告',
      issuers: ['武汉市人民政府'],
      genre: '报告',
    });
  });

  it('keeps the title’s joint issuers where a table names some of them, or all in another order', () => {
    const some = parsed(
      '重庆市财政局 重庆市教育委员会关于下达2021年重庆市教学成果奖资金预算的通知\n【颁布单位】 市财政局 【实施日期】 2021-12-20\n有关区县(自治县)财政局、单位、学校:\n现下达你们2021年奖励资金预算。\n',
    );
    expect(some.issuers).toEqual(['重庆市财政局', '重庆市教育委员会']);
    const reordered = parsed(
      '发文标题: 辽宁省人力资源和社会保障厅辽宁省财政厅关于2010年调整企业退休人员基本养老金的通知\n发文文号: 辽人社发[2010]1号\n发文部门: 辽宁省财政厅 辽宁省人力资源和社会保障厅\n发文内容:\n各市人力资源和社会保障局、财政局:\n现就有关事项通知如下:\n',
    );
    expect(reordered.issuers).toEqual(['辽宁省人力资源和社会保障厅', '辽宁省财政厅']);
  });

  it('titles a text by the download link named after it, and reads a link to its interpretation as page matter', () => {
    const linked = parsed(
      '各市、县(区)农牧局、财政局:\n现将《2014年宁夏回族自治区农机购置补贴实施方案》印发,请遵照执行。\n下载:关于印发2014年农业机械购置补贴实施方案的通知 |\n宁夏回族自治区农牧厅 宁夏回族自治区财政厅\n2014年4月15日\n',
    );
    expect(linked).toMatchObject({ title: '关于印发2014年农业机械购置补贴实施方案的通知', genre: '通知' });
    const interpreted = parsed(
      '2022年工作总结和2023年工作思路\n索引号:002654358/2023-23804     发布机构:云和     发布时间:2023-01-30 11:06:08\n原文链接:点击查看源文件\n政策解读链接:点击查看政策解读\n\n2022年,我局深入贯彻落实有关精神,工作取得较好成效。\n',
    );
    expect(interpreted.title).toBe('2022年工作总结和2023年工作思路');
  });

  it('reads a title with a character a converter lost after it, or with the day a list page put it up', () => {
    expect(parsed('海豐縣防臺風緊急動員令?\n全縣廣大干部群眾:\n根據氣象部門預測,強臺風將嚴重影響我縣。\n')).toMatchObject({
      title: '海豐縣防臺風緊急動員令',
      genre: '命令',
    });
    const listed = parsed(
      '关于印发2020年杨浦区政务公开工作优秀、良好单位名单的通知 2021-04-16\n\n 杨府办20219\n\n区政府各委、办、局,各街道办事处\n\n根据考核评估结果,经区政府同意,现将这些单位名单印发给你们。\n',
    );
    expect(listed).toMatchObject({
      title: '关于印发2020年杨浦区政务公开工作优秀、良好单位名单的通知',
      genre: '通知',
      addressees: '区政府各委、办、局,各街道办事处',
      date: null,
    });
  });

  it('reads a posting stamp with the site’s byline as page matter, not a date or the addressees', () => {
    const stamped = parsed(
      '云南省人民政府办公厅关于切实做好今冬明春抗旱减灾救灾工作的通知\n\n2020-01-02 14:27:31 云南省民族学会34118\n\n各州、市人民政府:\n2019年我省气候异常,降水量偏少。\n',
    );
    expect(stamped).toMatchObject({ date: null, addressees: '各州、市人民政府' });
    const byline = parsed(
      '通城县人民政府关于在主汛期全面禁止河道采砂活动的通告\n\n05-25 10:06   通城县融媒体中心  \n\n为有效保护我县水生态环境,县人民政府决定全面禁止河道采砂活动。\n',
    );
    expect(byline.addressees).toBeNull();
  });

  it('takes a journal abstract’s number, date and addressees apart, and no sentence up to a label for the addressees', () => {
    const abstract = parsed(
      '摘要\n赣府厅字[2018]87号2018年9月18日各市、县(区)人民政府,省政府各部门:一年来,全省各地认真落实森林防火责任和各项措施。\n出处\n《江西省人民政府公报》\n2018年第18期29-30,共2页\n',
    );
    expect(abstract).toMatchObject({
      docNumber: '赣府厅字〔2018〕87号',
      date: '2018-09-18',
      addressees: '各市、县(区)人民政府,省政府各部门',
      issuers: ['江西省人民政府办公厅'],
    });
    const label = parsed(
      '丹江口市人民政府审议批准了中沟路等578条新增城乡道路名称,批准文号:丹政函〔2023〕67号。根据《地名管理条例》的规定,现将有关批复情况公告如下:\n批准习家店镇新增道路名称有中沟路、五福路等122个;\n',
    );
    expect(label.addressees).toBeNull();
  });

  it('reads two bodies without a colon as the addressees, and a cover that issues its revised rules as a 通知', () => {
    const two = parsed(
      '县人民政府办公室关于印发《平罗县人民政府常务会议工作规则》的通知\n平政办发〔2025〕28号\n\n各乡镇、县直各部门\n\n《平罗县人民政府常务会议工作规则》已经县人民政府常务会议审议通过,现予印发\n平罗县人民政府办公室\n2025年6月12日\n',
    );
    expect(two.addressees).toBe('各乡镇、县直各部门');
    const revised = parsed(
      '各县(市、区)人民政府,市政府各部门:\n修订后的《宜春市人民政府工作规则》已经宜春市人民政府第30次常务会议审议通过,现予以印发,自印发之日起施行。\n2018年11月9日\n宜春市人民政府工作规则\n第一章总则\n一、为使市人民政府各项工作法治化,制定本规则。\n',
    );
    expect(revised.genre).toBe('通知');
  });

  it('places 市政府 by the city its number’s code opens, and 县人民政府 by the bodies of the county the text names', () => {
    const coded = parsed(
      '連政發〔2011〕97號\n市政府關于印發《連云港市人民政府全體會議規則》的通知\n各縣、區人民政府,市各委、辦、局:\n現將《連云港市人民政府全體會議規則》印發給你們,請結合市實際認真執行。\n',
    );
    expect(coded.issuers).toEqual(['連云港市人民政府']);
    const county = parsed(
      '县人民政府关于长江流域秭归段实行全面禁捕的通告\n为保护长江水生生物资源,现就长江秭归段水域全面禁捕有关事项通告如下:\n一、禁捕范围。\n举报电话:秭归县农业综合执法大队0717-2882345\n',
    );
    expect(county.issuers).toEqual(['秭归县人民政府']);
  });

  it('reads a text that calls itself 本决定 as a 决定', () => {
    const decision = parsed('各乡镇人民政府:\n县人民政府对规范性文件进行了清理,现决定废止以下文件。\n本决定自公布之日起施行。\n');
    expect(decision.genre).toBe('决定');
  });

  it('reads a table’s labels with spaces inside their brackets, a 请示 by its closing, and a cover’s date above its publication note', () => {
    const spaced = parsed(
      '[ 索引号 ] 11500381009320238D/2023-00039 [ 发文字号 ] 江津府办发〔2023〕20号\n[ 成文日期 ] 2023-02-21 [ 发布日期 ] 2023-02-28\n重庆市江津区人民政府办公室关于印发某某分解方案的通知\n各镇人民政府,街道办事处:\n现将方案印发给你们。\n',
    );
    expect(spaced).toMatchObject({ docNumber: '江津府办发〔2023〕20号', date: '2023-02-21' });
    const request = parsed(
      '区编委:\n结合本部门工作实际,对我局所属事业单位的类别划分请示如下:\n一、某某中心为公益一类事业单位。\n特此请示。\n上海市嘉定区规划和土地管理局\n二O一四年十二月三日\n',
    );
    expect(request.genre).toBe('请示');
    const noted = parsed(
      '市教委关于印发天津市幼儿园责任督学挂牌督导实施办法的通知\n2019-09-04\n津教规范〔2019〕19号\n各区教育局:\n市教委研究制定了《天津市幼儿园责任督学挂牌督导实施办法》。现印发给你们,请遵照执行。\n2019年9月3日\n(联系人:督政处 尚玉全;联系电话:83215155)\n(此件主动公开)\n天津市幼儿园责任督学挂牌督导实施办法\n第一条 幼儿园责任督学挂牌督导是指配备责任督学,实施经常性督导。\n第二条 按每所幼儿园1至2人配备责任督学。\n第三条 标明责任督学的姓名。\n第四条 责任督学每月至少到幼儿园督导一次。\n第五条 本办法自印发之日起施行。\n',
    );
    expect(noted.date).toBe('2019-09-03');
  });

  it('titles a text by the headline nearest its first sentence, not a site column above it', () => {
    const column = parsed(
      '法定主动公开内容\n+\n2022年工作总结和2023年工作思路\n2022年,我局深入贯彻落实有关精神,工作取得较好成效。\n',
    );
    expect(column).toMatchObject({ title: '2022年工作总结和2023年工作思路', provenance: { title: 'inferred' } });
  });

  it('reads a one-line copy’s sign-off before a site’s disclaimer and links, and a date with its publication note or broken after its year', () => {
    const disclaimed = parsed(
      '国务院办公厅关于2023年部分节假日安排的通知\n发布时间:2022-12-23 来源: 生态环境部\n国办发明电〔2022〕16号各省、自治区、直辖市人民政府,国务院各部委、各直属机构: 经国务院批准,现将放假调休日期的具体安排通知如下。 一、元旦:2022年12月31日至2023年1月2日放假调休,共3天。 节假日期间,各地区、各部门要妥善安排好值班工作。 国务院办公厅 2022年12月8日\n[免责声明] 本文来源于网络转载,仅供学习交流使用。\n- >>上一篇: 国务院办公厅关于印发某某规划的通知\n',
    );
    expect(disclaimed.date).toBe('2022-12-08');
    const noted = parsed(
      '赣州市人民政府关于印发2024年赣州市民生实事安排方案的通知\n赣市府发〔2024〕1号\n各县(市、区)人民政府:现将《2024年赣州市民生实事安排方案》印发给你们,请认真组织实施。\n2024年2月4日(此件主动公开)\n2024年赣州市民生实事安排方案\n一、教育\n二、医疗\n三、养老\n四、就业\n五、住房\n六、交通\n',
    );
    expect(noted.date).toBe('2024-02-04');
    const broken = parsed(
      '关于下达2016年中小学教育补助资金的通知\n各市(州)财政局:\n现下达补助资金。\n吉林省财政厅\n2014\n年6月30日\n',
    );
    expect(broken.date).toBe('2014-06-30');
  });

  it('writes the issuer a number’s code names in the script of the document', () => {
    const traditional = parsed(
      '全面推進城鎮老舊小區改造工作的實施意見\n湘政辦發〔2021〕56號\n各市州、縣市區人民政府,省政府各廳委、各直屬機構:\n為抓好全省城鎮老舊小區改造,經省人民政府同意,提出如下實施意見。\n',
    );
    expect(traditional.issuers).toEqual(['湖南省人民政府辦公廳']);
    const city = parsed(
      '穗府辦〔2011〕15號\n關于進一步加強招商引資的通知\n各區、縣級市人民政府:\n為增強我市對國內外資本的吸引力,現通知如下:\n',
    );
    expect(city.issuers).toEqual(['廣州市人民政府辦公廳']);
  });

  it('reads a breadcrumb printed as a numbered list, 首页 to 正文, as page matter', () => {
    const trail = parsed(
      '1. 首页\n2. 目标考核\n3. 目标管理\n4. 正文\n关于表彰2009年度目标责任考核优秀单位的决定\n澄字〔2010〕8号\n2009年,全县上下认真贯彻落实有关精神。\n',
    );
    expect(trail).toMatchObject({
      title: '关于表彰2009年度目标责任考核优秀单位的决定',
      docNumber: '澄字〔2010〕8号',
      genre: '决定',
    });
  });
});

describe('forms of the hundred-and-seventh set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('dates a document by its table’s 生成日期 only where the page went up on a later day', () => {
    const later = parsed(
      '索引号 014138828/2006-00091\n文件编号 坛价费[2006]187号 发布机构 发改局\n生成日期 2006-11-28 公开日期 2008-03-19\n关于调整我市出租汽车运营价格的通知\n为缓解成品油价格上涨的压力,现将有关事项通知如下。\n',
    );
    expect(later).toMatchObject({ date: '2006-11-28', provenance: { date: 'table' } });
    const sameDay = parsed(
      '索引号 014046317/2023-04570 生成日期 2023-11-21 公开日期 2023-11-21\n关于表彰见义勇为先进个人的决定\n各镇人民政府:\n经研究,决定予以表彰。\n',
    );
    expect(sameDay.date).toBeNull();
    expect(sameDay.publishedDate).toBe('2023-11-21');
  });

  it('reads 此函 as a 函 unless the text answers a letter, and a body’s decision to commend as a 决定', () => {
    const letter = parsed(
      '大亚湾开发区管委会:\n2018年4月7日,你区一工地发生一起亡人事故,造成1人死亡。现对该起事故调查处理工作实行挂牌督办。\n此函。\n惠州市安全生产委员会办公室\n2018年4月17日\n',
    );
    expect(letter).toMatchObject({ genre: '函', issuers: ['惠州市安全生产委员会办公室'], addressees: '大亚湾开发区管委会' });
    const reply = parsed(
      '苏州市民政局:\n你局《关于道路命名的函》收悉。经研究,同意命名。\n此函。\n苏州市人民政府办公室\n2019年3月1日\n',
    );
    expect(reply.genre).toBe('复函');
    const decision = parsed(
      '各省、自治区、直辖市绿化委员会:\n为进一步调动社会各界参与生态建设的积极性,全国绿化委员会决定,对在国土绿化事业中做出突出成绩的单位予以表彰。\n全国绿化委员会\n2013年4月15日\n',
    );
    expect(decision).toMatchObject({ genre: '决定', issuers: ['全国绿化委员会'] });
  });

  it('reads one body addressed by a name ending in 会 or 馆, alone or with the text run on after its colon', () => {
    const alone = parsed(
      '琼爱卫〔2013〕5号\n海南省爱国卫生运动委员会\n关于命名白沙县城为“海南省卫生县城”\n的通知\n白沙县爱卫会:\n根据你会推荐,省爱卫办组织专家组进行了考核。\n',
    );
    expect(alone.addressees).toBe('白沙县爱卫会');
    const runOn = parsed(
      '杭州市民政局关于进一步规范殡仪服务收费管理的通知\n杭州殡仪馆:你馆《关于要求明确部分服务项目收费标准的报告》收悉。为进一步规范殡葬行业服务收费行为,现就有关事项通知如下。\n',
    );
    expect(runOn.addressees).toBe('杭州殡仪馆');
  });

  it('takes a sign-off’s government over a table that names only its place, and a table’s office in brackets as the issuer', () => {
    const township = parsed(
      '索引号 370405/2022-17134 主题分类 其他\n发文机关 马兰屯镇 关键词\n发文字号 马政发[2018]21号 有效性 有效\n马兰屯镇关于做好镇、村两级河长巡河工作的通知\n各村:\n现就做好巡河工作通知如下。\n马兰屯镇人民政府\n2018年5月30日\n',
    );
    expect(township.issuers).toEqual(['马兰屯镇人民政府']);
    const bracketed = parsed(
      '索引号: 11341700003244967K/202206-00006\n发布机构: 宣城市人民政府(办公室) 主题分类: 其他\n发布日期: 2022-06-06\n关于召开市政府第8次常务会议的通知\n市直有关单位:\n现将有关事项通知如下:\n1. 请市政府市长、副市长参加。\n',
    );
    expect(bracketed.issuers).toEqual(['宣城市人民政府办公室']);
  });

  it('reads joint bodies on one line over the number as a red head without its 文件', () => {
    const doc = parsed(
      '廣州市物價局 廣州市國土資源和房屋管理局\n穗價〔2010〕99號\n關于進一步加強我市住宅物業服務收費管理的通知\n各區、縣級市物價局,各有關單位:\n為進一步規范我市住宅物業服務收費行為,現就有關問題通知如下。\n',
    );
    expect(doc).toMatchObject({
      issuers: ['廣州市物價局', '廣州市國土資源和房屋管理局'],
      docNumber: '穗價〔2010〕99號',
      title: '關于進一步加強我市住宅物業服務收費管理的通知',
    });
  });

  it('reads 若干政策 as measures, and leaves a portal’s part mark off a title', () => {
    const policies = parsed(
      '中共杭州市委 杭州市人民政府\n关于严格做好疫情防控帮助企业复工复产的\n若干政策\n为深入贯彻有关精神,结合杭州实际再制定如下政策:\n1.降低企业融资成本。\n',
    );
    expect(policies).toMatchObject({
      title: '中共杭州市委杭州市人民政府关于严格做好疫情防控帮助企业复工复产的若干政策',
      genre: '措施',
      issuers: ['中共杭州市委', '杭州市人民政府'],
    });
    const part = parsed(
      '您的位置: 网站首页 >> 投资政策 >> 正文\n洪雅县绿色工业项目招商引资奖励办法(试行)(五)\n信息来源:洪雅县经济合作局 | 发布日期:2023-07-19\n第三条 奖励标准\n(一)引进项目的乡镇或部门\n对成功引进符合奖励条件的项目,给予奖励。\n',
    );
    expect(part.title).toBe('洪雅县绿色工业项目招商引资奖励办法(试行)');
  });

  it('takes apart a title run into addressees that open with 县直, and reads a meeting called as a notice', () => {
    const runTogether = parsed(
      '关于举办除“四害”知识培训班的通知县直各部门:为进一步做好全县除“四害”防病工作,县爱卫办决定举办除“四害”知识培训班,具体事宜如下:一、时间。定于5月6日上午8时开班。二、参加人员。各机关具体负责除“四害”工作人员。三、授课地点。县疾病中心会议室。四、具体要求。各单位领导要高度重视。\n',
    );
    expect(runTogether).toMatchObject({ title: '关于举办除“四害”知识培训班的通知', addressees: '县直各部门', genre: '通知' });
    const meeting = parsed(
      '各市州、县市区第二次农业普查领导小组办公室:\n省人民政府定于12月1日上午9:00召开全省第二次农业普查领导小组第二次电视电话会议,会议主会场设在省政府电视电话会议室。\n',
    );
    expect(meeting.genre).toBe('通知');
  });

  it('reads bodies that sign as 科协, a museum and a body with its other name in brackets', () => {
    const association = parsed(
      '关于召开全市学会工作研讨会的通知\n各学会:\n现将有关事项通知如下。\n鹰潭市科协\n二OO五年八月十五日\n',
    );
    expect(association.issuers).toEqual(['鹰潭市科协']);
    const museum = parsed(
      '闭馆公告\n尊敬的观众朋友:\n本馆从2022年9月2日12:00起暂停开放。\n特此通告。\n贵州省博物馆\n2022年9月2日\n',
    );
    expect(museum.issuers).toEqual(['贵州省博物馆']);
    const aliased = parsed(
      '各招标人、招标代理机构:\n为做好疫情防控工作,现将有关事项通知如下。\n一、暂停开标活动。\n黑河市公共资源交易中心(市政府采购中心)\n2020年2月1日\n',
    );
    expect(aliased.issuers).toEqual(['黑河市公共资源交易中心(市政府采购中心)']);
  });

  it('titles a page headed by what a cover notice issues with the notice’s own attached file, and its number', () => {
    const doc = parsed(
      '云南省生态乡镇建设管理规定\n2009-05-21\n各州、市环保局:\n我厅对《云南省生态乡镇建设管理规定》进行了修订。《规定》已报请省人民政府同意,现印发给你们,并提出以下贯彻意见。\n附件\n• 云南省环保厅关于印发《云南省生态乡镇建设管理规定》的通知(云环发〔2009〕55号).pdf\n返回列表\n',
    );
    expect(doc).toMatchObject({
      title: '云南省环保厅关于印发《云南省生态乡镇建设管理规定》的通知',
      docNumber: '云环发〔2009〕55号',
      issuers: ['云南省环保厅'],
      genre: '通知',
    });
  });

  it('keeps a Q&A site’s label, a bilingual page’s version tag and a posting line with its site out of the head', () => {
    const answered = parsed(
      '最佳回答\n儋州市2025年海洋伏季休渔公告\n根据有关规定,现将儋州市2025年海洋伏季休渔相关事项公告如下。\n一、休渔时间\n',
    );
    expect(answered.title).toBe('儋州市2025年海洋伏季休渔公告');
    const bilingual = parsed(
      '您当前所在位置: 首页 > 政务公开 > 住房保障\n《广州市番禺区人才公寓管理办法》(中英对照版)\n来源:番禺区住房和城乡建设局 发布时间:2023-07-13 11:50:42\n各有关单位:\n《广州市番禺区人才公寓管理办法》业经区政府同意,现印发实施。\n',
    );
    expect(bilingual.title).toBe('广州市番禺区人才公寓管理办法');
    const posted = parsed(
      '五河縣人民政府辦公室關於印發五河縣農村宅基地管理暫行辦法的通知\n2021-01-09 蚌埠市人民政府\n各鄉、鎮人民政府,縣政府各部門:\n《五河縣農村宅基地管理暫行辦法》已經縣政府研究通過,現印發給你們。\n',
    );
    expect(posted.addressees).toBe('各鄉、鎮人民政府,縣政府各部門');
  });

  it('reads a code ending in 函 as part of its number, a 公告 named by its serial, and joint bodies before a 公告’s number', () => {
    const code = parsed(
      '国知办函保字〔2020〕20号\n各省、自治区、直辖市知识产权局:\n经综合评定并公示,现确定扬中市通达商业等26家市场为第四批国家级知识产权保护规范化市场。\n国家知识产权局办公室\n2020年1月13日\n',
    );
    expect(code.docNumber).toBe('国知办函保字〔2020〕20号');
    expect(code.title).not.toBe('国知办函');
    const serial = parsed('國家知識產權局第475號公告\n根據《地理標志產品保護規定》,現予以公告。\n');
    expect(serial).toMatchObject({ title: '國家知識產權局第475號公告', docNumber: '國家知識產權局第475號公告' });
    const joint = parsed(
      '海关总署 农业农村部公告2020年第85号(关于防止葡萄牙痒病传入我国的公告)\n2020年7月9日,世界动物卫生组织公布葡萄牙发生痒病。为保护我国畜牧业安全,现公告如下。\n',
    );
    expect(joint).toMatchObject({
      title: '关于防止葡萄牙痒病传入我国的公告',
      docNumber: '海关总署农业农村部公告2020年第85号',
      issuers: ['海关总署', '农业农村部'],
    });
  });

  it('finds a sign-off run onto the last paragraph, a page’s byline as its body, and a centre a title opens with after its year', () => {
    const runOn = parsed(
      '关于白山市2022年住房公积金缴存基数调整的通知\n2022-07-08\n各住房公积金缴存单位: 根据吉林省统计局发布的吉林省2021年城镇非私营单位就业人员年平均工资信息显示,白山市2021年城镇非私营单位就业人员年平均工资为63897.00元。现对我市2022年住房公积金缴存基数进行调整,缴存基数上限调整为15974.25元。 白山市住房公积金管理中心 2022年6月28日\n',
    );
    expect(runOn).toMatchObject({ date: '2022-06-28', issuers: ['白山市住房公积金管理中心'] });
    const byline = parsed(
      '通知公告 当前位置: 首页 > 信息公开 > 通知公告\n受疫情影响、缴存住房公积金确有困难的企业缓缴业务办理指引\n深圳市住房公积金管理中心 2020-02-18 11:51\n受理条件:\n受疫情影响的企业,经企业职工代表大会审议通过。\n',
    );
    expect(byline.issuers).toEqual(['深圳市住房公积金管理中心']);
    const centre = parsed(
      '2022年广州市海珠区疾病预防控制中心招聘事业单位工作人员公告\n来源:事业单位招聘网 2022-05-27 17:21:27\n为进一步加强工作人员队伍建设,现面向社会公开招聘事业单位工作人员。\n',
    );
    expect(centre.issuers).toEqual(['广州市海珠区疾病预防控制中心']);
  });

  it('titles an interpretation page by what it interprets, but not a link to one above the document itself', () => {
    const interpretation = parsed(
      '政府信息公开\n文稿解读:《关于印发〈聊城市2024年度耕地地力保护补贴实施方案〉的通知》\n2024-01-31 16:13:03\n一、政策背景\n为切实保护和调动农民种粮积极性,制定本方案。\n',
    );
    expect(interpretation).toMatchObject({
      title: '文稿解读:《关于印发〈聊城市2024年度耕地地力保护补贴实施方案〉的通知》',
      genre: '解读',
    });
    const linked = parsed(
      '发文字号:潞城政发〔2022〕7号 | 发文时间:2022-06-16 |\n标题:长治市潞城区人民政府关于公布第一批区级非物质文化遗产代表性项目名录的通知 | |\n图文解读:《长治市潞城区人民政府关于公布第一批区级非物质文化遗产代表性项目名录的通知》\n各乡(镇)人民政府、街道办事处:\n现将名录予以公布。\n长治市潞城区人民政府\n2022年6月16日\n',
    );
    expect(linked).toMatchObject({
      title: '长治市潞城区人民政府关于公布第一批区级非物质文化遗产代表性项目名录的通知',
      genre: '通知',
    });
  });

  it('signs no text cut off at a level’s bodies or a masked name, and reads a date whose year stands apart', () => {
    const cut = parsed(
      '古交市2018-2020年农业机械购置补贴实施方案\n一、补贴资金\n补贴资金数量由省农机局、省财政厅根据中央财政预算安排情况等因素安排确定。县级财政部\n',
    );
    expect(cut.issuers).toEqual([]);
    const masked = parsed(
      '关于**水源地保护区划分的批复\n**区人民政府:\n你区报来的请示收悉。现批复如下。\n****政府\n2020年1月5日\n',
    );
    expect(masked.issuers).toEqual([]);
    const apart = parsed(
      '关于启动重污染天气橙色预警的紧急通知\n【信息时间:2016-12-18 阅读次数: 】\n各县(市、区)人民政府:\n经研究,决定启动橙色预警。\n许昌市重污染天气应急指挥部办公室\n2016 1217\n',
    );
    expect(apart.date).toBe('2016-12-17');
  });

  it('reads a number after a portal’s mark of its force, and addressees after a lead and the title printed again', () => {
    const repealed = parsed(
      '当前位置:首页 |\n(已废止)微政办字〔2019〕24号 关于印发微山县重污染天气应急预案的通知 |\n各乡、镇人民政府,县政府各部门:\n《微山县重污染天气应急预案》已经县政府同意,现印发给你们。\n',
    );
    expect(repealed).toMatchObject({ docNumber: '微政办字〔2019〕24号', title: '关于印发微山县重污染天气应急预案的通知' });
    const lead = parsed(
      '南宁市人民政府关于2022年大气污染防治专项审计调查发现问题整改情况的函\n日前,南宁市人民政府发布关于整改情况的函,详情如下:\n南宁市人民政府关于2022年大气污染防治专项审计调查发现问题整改情况的函\n自治区审计厅:\n《审计调查报告》收悉,现将整改情况函告如下。\n',
    );
    expect(lead.addressees).toBe('自治区审计厅');
  });

  it('reads a number in brackets before its title, a serial whose year was lost, and a title only a repost’s note gives', () => {
    const bracketed = parsed(
      '[天政发〔2021〕18号]天水市人民政府关于印发天水市国民经济和社会发展第十四个五年规划和二〇三五\n各县区人民政府,市政府各部门:\n《纲要》已经市人民代表大会审议通过,现印发你们,请认真贯彻执行。\n',
    );
    expect(bracketed).toMatchObject({ docNumber: '天政发〔2021〕18号', issuers: ['天水市人民政府'] });
    const yearLost = parsed(
      '玉树州新冠肺炎疫情防控处置\n工作指挥部办公室通告\n(年第3号)\n近期,国内疫情防控形势严峻复杂,现将有关事项通告如下:\n一、非必要不来玉。\n',
    );
    expect(yearLost).toMatchObject({
      docNumber: '年第3号',
      issuers: ['玉树州新冠肺炎疫情防控处置工作指挥部办公室'],
      genre: '通告',
    });
    const glued = parsed(
      '献县新冠肺炎防控领导小组办公室关于做好元旦春节期间新冠肺炎疫情防控工作通告献防告〔〕2号\n当前,境外疫情仍在肆虐蔓延,现将有关事项通告如下:\n',
    );
    expect(glued.docNumber).toBe('献防告〔〕2号');
    const noted = parsed(
      '根据有关规定,经地区新冠肺炎疫情防控工作指挥部研究决定,将部分乡镇疫情风险等级定为高风险。\n特此公告。\n喀什地区新冠肺炎疫情防控工作指挥部\n2020年10月25日\n(原题为《喀什地区新冠肺炎疫情防控工作指挥部关于确定疏附县部分乡镇疫情风险等级的公告》)\n',
    );
    expect(noted.title).toBe('喀什地区新冠肺炎疫情防控工作指挥部关于确定疏附县部分乡镇疫情风险等级的公告');
  });

  it('reads a command’s body over its kind and serial, a serial between a body and 令, and a body that announces what follows', () => {
    const command = parsed(
      '宿州市新型冠状病毒感染的肺炎疫情防控应急指挥部\n指挥部令\n第1号\n现决定在主城区开展全员核酸检测。\n宿州市新型冠状病毒感染的肺炎疫情防控应急指挥部\n2021年12月16日\n',
    );
    expect(command).toMatchObject({
      title: '宿州市新型冠状病毒感染的肺炎疫情防控应急指挥部指挥部令',
      docNumber: '指挥部令第1号',
      issuers: ['宿州市新型冠状病毒感染的肺炎疫情防控应急指挥部'],
    });
    const served = parsed(
      '罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令\n继续实行最严格的防控措施,现发布如下命令:\n一、延长执行时间。\n',
    );
    expect(served).toMatchObject({ docNumber: '6号令', genre: '命令' });
    const announcing = parsed(
      '为了做好森林草原火源管控,消除森林草原火灾隐患,定西市森林草原防灭火指挥部特发布如下公告:\n一是严禁烧荒草。\n二是严禁未加保护措施的祭祀用火。\n',
    );
    expect(announcing).toMatchObject({ issuers: ['定西市森林草原防灭火指挥部'], genre: '公告' });
    const headlined = parsed(
      '荆门中心城区开展全员核酸检测\n荆门市新冠肺炎疫情防控指挥部通告(2021年第2号)\n鉴于当前全市疫情防控工作形势,现将有关事项通告如下:\n',
    );
    expect(headlined).toMatchObject({ title: '荆门市新冠肺炎疫情防控指挥部通告', docNumber: '2021年第2号' });
  });

  it('finds joint bodies of one place run on after a table’s last words, and a 版记’s printing day as no sign-off', () => {
    const afterTable = parsed(
      '各县(区、管委会)财政局、林业主管部门:根据《福建省财政厅福建省林业局关于下达2021年省级财政林业专项资金(市县第四批)的通知》(闽财资环指〔2021〕56号)文件精神,按照省林业局相应资金安排,现下达2021年省级财政林业专项资金,请按规定使用,各地要按照有关规定加强资金管理,专款专用,严禁挤占挪用,资金下达后要及时拨付到项目单位,并按要求做好项目实施和绩效自评工作,年度终了前将资金使用情况和绩效目标完成情况报送市财政局和市林业局,对未按规定使用资金的将按照有关规定收回并追究相关责任,提高财政资金使用效益,确保年度绩效目标如期实现,附件:1、资金分解表2、绩效目标表莆田市财政局莆田市林业局2021年12月30日(此件主动公开)。\n',
    );
    expect(afterTable).toMatchObject({ issuers: ['莆田市财政局', '莆田市林业局'], date: '2021-12-30', genre: '通知' });
    const printed = parsed(
      '龙府发〔2009〕23号成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知各街道办事处、镇(乡)人民政府,区政府有关部门:为全面完成今年经济社会发展目标,确保重大项目顺利实施,现将有关事项通知如下。附件:龙泉驿区2009年重点推进的9个重大项目情况表二○○九年五月十四日主题词:经济管理项目推进通知抄送:区委办,区人大办。成都市龙泉驿区人民政府办公室2009年5月14日印(共印30份)\n',
    );
    expect(printed).toMatchObject({ issuers: ['成都市龙泉驿区人民政府'], date: '2009-05-14' });
  });

  it('skips a spam line with its link and a WeChat 原创 line above the head, and reads groups set up and funds handed down as notices', () => {
    const spam = parsed(
      '原创玉树发布玉树发布\n玉树州新冠疫情防控指挥部办公室通告\n北京某某医院 http://disease.example.net/1.html\n随着疫情形势的加剧,现就我州疫情防控工作通告如下。\n',
    );
    expect(spam).toMatchObject({ title: '玉树州新冠疫情防控指挥部办公室通告', addressees: null });
    const group = parsed(
      '各村,各有关单位:\n为进一步巩固农村公路建设成果,经研究,决定成立湖塘镇农村公路管理养护工作领导小组,具体名单如下:\n组 长:王伟华\n',
    );
    expect(group.genre).toBe('通知');
    const funds = parsed('各乡(镇)财政所:\n根据文件的具体要求,结合灾情的实际,经研究,决定下拨救灾补助资金(详见指标分配表)。\n');
    expect(funds.genre).toBe('通知');
  });

  it('names a sign-off’s short name in full where the page prints it, past a place a cut copy leaves, and leaves a portal’s (沿用) off the title', () => {
    const tabled = parsed(
      '发布机构: | 铜官区卫生健康委员会 | 主题分类: | 卫生 |\n名称: | 关于印发铜陵市铜官区突发公共卫生事件应急预案的通知(沿用) | 文号: | 无 |\n各有关单位:\n现将预案印发给你们,请认真贯彻执行。\n铜官区卫生健康委\n2023年10月18日\n',
    );
    expect(tabled).toMatchObject({
      title: '关于印发铜陵市铜官区突发公共卫生事件应急预案的通知',
      issuers: ['铜官区卫生健康委员会'],
    });
    const cut = parsed(
      '关于下达2025年项目市级补助资金的通知\n五显镇:\n现将补助资金下达给你们,请按规定使用。\n特此通知。\n附件:1.资金安排表\n厦门市同安区农业农村和水利局\n厦门市\n',
    );
    expect(cut.issuers).toEqual(['厦门市同安区农业农村和水利局']);
  });

  it('reads a sign-off dated after a related link’s tag, a 协调组 as a body, and a law database’s bulleted 【发布日期】', () => {
    const tagged = parsed(
      '关于在全市开展第二轮全员核酸检测工作的通告\n为尽快阻断疫情传播,现将有关事项通告如下:\n一、检测时间。\n感谢广大市民的理解和配合!\n大连市新冠肺炎疫情防控总指挥部综合协调组\n【3月20日大连全市开展第二轮全员核酸检测】2022年3月19日\n',
    );
    expect(tagged).toMatchObject({ issuers: ['大连市新冠肺炎疫情防控总指挥部综合协调组'], date: '2022-03-19' });
    const bulleted = parsed(
      '- 【發布單位】勞動部\n- 【發布文號】勞部發[1998]33號\n- 【發布日期】1998-01-26\n勞動部關于建立下崗職工基本生活保障制度的通知\n各省、自治區、直轄市勞動廳(局):\n現將有關問題通知如下。\n',
    );
    expect(bulleted).toMatchObject({ date: '1998-01-26', provenance: { date: 'table' } });
  });

  it('reads a number whose brackets a copy turned into a comma and a question mark', () => {
    const doc = parsed(
      '富阳市人民政府办公室\n富政办, 2005? 35号\n关于进一步加强和改进市政府\n办公室工作的意见\n各科室、中心:\n近年来,市政府办公室紧紧围绕中心任务和重点工作开展工作。\n',
    );
    expect(doc).toMatchObject({ docNumber: '富政办〔2005〕35号', issuers: ['富阳市人民政府办公室'] });
  });

  it('does not title a document by a release its preamble mentions after its own addressees', () => {
    const doc = parsed(
      '各二级党组织:\n为坚决制止违规吃喝行为,省纪委监委发布了《关于公布违规吃喝问题监督举报方式的公告》,根据省市工作部署,决定在全校范围内开展违规吃喝问题专项整治。\n纪委办公室\n2023年1月10日\n',
    );
    expect(doc.title).not.toBe('关于公布违规吃喝问题监督举报方式的公告');
    expect(doc.genre).not.toBe('公告');
  });
});

describe('forms of the hundred-and-twenty-sixth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('takes a site’s search and navigation words, a registration code and a hijacked page’s keyword run for page matter', () => {
    const doc = parsed(
      '国产一区91,国内外精品一区二区三区 ,99精品免费久久久久久,国产va在线观看免费,日韩久久精品电影,久久精品资源\n索引號:43060000/2013-1206183 文號: 湘鄉政辦發〔2013〕89號\n統一登記號:XXDR-2013-01025 失效日期:2018-10-27 公開方式:主動公開\n湘鄉市戶外廣告設施設置使用管理辦法\n湘鄉市人民政府門戶網站 發布時間:2013-10-25 10:20 點擊量:1\nXXDR-2013-01025\n湘鄉政辦發〔2013〕89號\n各鄉鎮辦事處,市直各單位:\n《湘鄉市戶外廣告設施設置使用管理辦法》已經市人民政府常務會議通過,現予印發,請認真遵照執行。\n湘鄉市人民政府辦公室\n2013年10月25日\n',
    );
    expect(doc).toMatchObject({ title: '湘鄉市戶外廣告設施設置使用管理辦法', docNumber: '湘鄉政辦發〔2013〕89號' });
    const searched = parsed(
      '搜索\n导航\n统计公报\n当前位置:首页 > 政府数据 > 统计公报\n黎平县2018年国民经济和社会发展统计公报\n文章来源:县统计局 发布时间:2019-11-11 11:04\n2018年,全县经济社会发展稳中有进。\n',
    );
    expect(searched).toMatchObject({ title: '黎平县2018年国民经济和社会发展统计公报', genre: '公报' });
  });

  it('leaves a site’s tabs and slogans above a title whole on its own line, and keeps a bulletin’s serial and drops its footnote mark', () => {
    const tabs = parsed(
      '新华丝路首页\n一带一路国家级信息服务平台\n甘肃省2015年度省级预算执行和其他财政收支审计结果公告\n来源:甘肃日报 2016-08-17 11:05:24\n根据《审计法》,省审计厅对2015年度省级预算执行情况进行了审计。\n',
    );
    expect(tabs.title).toBe('甘肃省2015年度省级预算执行和其他财政收支审计结果公告');
    const bulletin = parsed(
      '2021-05-14 10:59:10\n第七次全国人口普查公报[1](第一号)\n——第七次全国人口普查工作基本情况\n国家统计局\n国务院第七次全国人口普查领导小组办公室\n2021年5月11日\n根据《全国人口普查条例》规定,我国以2020年11月1日零时为标准时点进行了第七次全国人口普查。\n',
    );
    expect(bulletin).toMatchObject({ title: '第七次全国人口普查公报(第一号)', genre: '公报' });
    const forum = parsed(
      '经管之家送您两个论坛币!\n+2 论坛币\n宁波市长期护理保险试点实施细则\n第一条 为建立长期护理保险制度,制定本细则。\n',
    );
    expect(forum.title).toBe('宁波市长期护理保险试点实施细则');
  });

  it('reads a notice’s serial run on after its title, and a number in round brackets before it', () => {
    const serial = parsed(
      '首页 >政策文件\n关于加强脏车出入城综合整治的通告〔2021〕第4号\n时间:2022-01-19 14:56:59 来源: 阅读:\n〔2021〕第4号\n为切实加强城市市容和环境卫生管理,现通告如下:\n',
    );
    expect(serial).toMatchObject({ title: '关于加强脏车出入城综合整治的通告', docNumber: '〔2021〕第4号', genre: '通告' });
    const bracketed = parsed(
      '(新政发〔2016〕21号)区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知\n栏目:政策文件 发布时间:2018-12-08\n各街道办事处,区人民政府各部门:\n现将《新洲区全民健身实施计划(2016—2020年)》印发给你们,请认真组织实施。\n',
    );
    expect(bracketed).toMatchObject({
      title: '区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知',
      docNumber: '新政发〔2016〕21号',
    });
  });

  it('dates a document by a bare 日期 in its number’s row, and leaves a database’s 暂无信息 empty', () => {
    const dated = parsed(
      '青島市地方稅務局關于啟用專用發票的通知\n發文部門:青島市地方稅務局    發文字號:青地稅發[2002]59號    日期:2002-05-22\n稽查局,各地方稅務局:\n為進一步加強票據管理,現將有關事項通知如下:\n',
    );
    expect(dated).toMatchObject({ date: '2002-05-22', docNumber: '青地稅發〔2002〕59號', issuers: ['青島市地方稅務局'] });
    const empty = parsed(
      '兰州市民办教育管理办法\n【颁布单位】:暂无信息\n【颁布文号】:暂无信息\n【颁布时间】:暂无信息\n第一章 总则\n第一条 为了促进民办教育健康发展,制定本办法。\n',
    );
    expect(empty).toMatchObject({ title: '兰州市民办教育管理办法', issuers: [], docNumber: null });
  });

  it('names military organs among joint issuers, and the central state organs’ office as one body', () => {
    const joint = parsed(
      '开封市人民政府、开封军分区关于做好2005年冬季退役士兵接收安置工作的通知\n各县区人民政府:\n现就做好退役士兵接收安置工作通知如下:\n',
    );
    expect(joint.issuers).toEqual(['开封市人民政府', '开封军分区']);
    const central = parsed(
      '中央国家机关人民防空办公室关于中央国家机关人防工程防汛工作的紧急补充通知\n中央国家机关各部门:\n为做好人防工程防汛工作,现补充通知如下:\n',
    );
    expect(central.issuers).toEqual(['中央国家机关人民防空办公室']);
    const committee = parsed(
      '中共海口市委全面依法治市委员会办公室转发《市司法局关于开展法治宣传教育的第八个五年规划》的通知\n各区委:\n现转发给你们,请认真贯彻落实。\n',
    );
    expect(committee.issuers).toEqual(['中共海口市委全面依法治市委员会办公室']);
  });

  it('reads a title a news repost gives only in its original-title note, and a body named before a colon', () => {
    const original = parsed(
      '网易首页 > 网易财经 > 宏观新闻 > 正文\n统计局通报5起统计违法案件:天津滨海新区等被点名\n(原标题:国家统计局关于5起典型统计违法案件的通报)\n近两年来,国家统计局持续加大对统计造假的惩治力度。\n',
    );
    expect(original).toMatchObject({ title: '国家统计局关于5起典型统计违法案件的通报', genre: '通报' });
    const colon = parsed(
      'admin 发表于 2016-10-20 00:55:56\n临沭县交通运输局:关于新开通环城公交线路的公告\n为解决群众公交出行难的问题,我县再次投放18台公交车。\n',
    );
    expect(colon).toMatchObject({ title: '关于新开通环城公交线路的公告', issuers: ['临沭县交通运输局'], genre: '公告' });
  });

  it('takes a posting stamp glued to a title’s first line apart, and a post’s byline over 发布 off the title', () => {
    const stamped = parsed(
      '来源:昭通市昭阳区人民政府\n2022-08-03 09:42昭阳区2022年秋季学期户籍适龄儿童少年\n一年级七年级划片入学通告\n昭区政通告(2022)8号\n为认真贯彻《中华人民共和国义务教育法》,现将有关事项通告如下:\n',
    );
    expect(stamped.title).toBe('昭阳区2022年秋季学期户籍适龄儿童少年一年级七年级划片入学通告');
    const byline = parsed(
      '高平市氣象局\n發布\n高平市2026年人工影響天氣作業通告\n一、為了進一步增加降水量,自公告之日起開展人工增雨作業。\n高平市氣象局\n2026年1月5日\n',
    );
    expect(byline).toMatchObject({ title: '高平市2026年人工影響天氣作業通告', issuers: ['高平市氣象局'], date: '2026-01-05' });
  });

  it('reads a title with its one addressee run on after it, and addressees under a byline or a site’s summary', () => {
    const runOn = parsed(
      '关于随州城区空调公交车票价的通知市公共交通有限责任公司:\n你公司《关于空调公交车票价定价的请示》收悉。经研究,现将有关事项通知如下。\n随州市物价局\n2013年7月26日\n',
    );
    expect(runOn).toMatchObject({ title: '关于随州城区空调公交车票价的通知', addressees: '市公共交通有限责任公司' });
    const byline = parsed(
      '最高人民檢察院關于加強毒品犯罪批捕起訴工作的通知\n最高人民檢察院\n各省、自治區、直轄市人民檢察院,軍事檢察院:\n為加大對毒品犯罪的打擊力度,特作如下通知:\n',
    );
    expect(byline.addressees).toBe('各省、自治區、直轄市人民檢察院,軍事檢察院');
    const summary = parsed(
      '国家知识产权局办公室关于印发《地理标志保护工程实施方案》的通知\n核心提示:为深入贯彻落实《知识产权强国建设纲要》,国家知识产权局印发了实施方案。\n各省、自治区、直辖市知识产权局:\n现将《地理标志保护工程实施方案》印发给你们,请结合实际认真抓好落实。\n',
    );
    expect(summary.addressees).toBe('各省、自治区、直辖市知识产权局');
  });

  it('reads the document after a report’s lead that introduces it, not the lead', () => {
    const doc = parsed(
      '官宣!恢复!快来看\n近日,文化和旅游部市场管理司发布关于优化涉港澳台营业性演出管理政策的通知,全文如下:\n文化和旅游部市场管理司\n关于优化涉港澳台营业性演出管理政策的通知\n各省、自治区、直辖市文化和旅游厅(局):\n为促进演出市场恢复发展,现就有关事项通知如下。\n文化和旅游部市场管理司\n2023年1月16日\n',
    );
    expect(doc).toMatchObject({
      title: '文化和旅游部市场管理司关于优化涉港澳台营业性演出管理政策的通知',
      addressees: '各省、自治区、直辖市文化和旅游厅(局)',
    });
  });

  it('titles a cover notice by its own title beside its number where the page is named for what it issues', () => {
    const doc = parsed(
      '2019年湖南省衡阳市城区初中招生工作实施方案\n中考资讯2019-05-20 11:02:19\n关于印发《2019年衡阳市城区初中招生工作实施方案》的通知(衡教通[2019]30号)\n各县市区教育局、市城区各初中学校:\n现将《2019年衡阳市城区初中招生工作实施方案》印发给你们,请认真遵照执行。\n衡阳市教育局\n2019年2月2日\n2019年衡阳市城区初中招生工作实施方案\n一、招生办法\n',
    );
    expect(doc).toMatchObject({
      title: '关于印发《2019年衡阳市城区初中招生工作实施方案》的通知',
      genre: '通知',
      docNumber: '衡教通〔2019〕30号',
    });
  });

  it('signs with every body stacked at the sign-off where the page’s 来自 names one of them', () => {
    const doc = parsed(
      '关于进一步扩大农村贫困人口大病专项救治病种范围的通知\n来自: 国家卫生健康委办公厅\n2020-04-29\n国卫办医函〔2020〕338号\n河北省、山西省卫生健康委、民政厅、扶贫办、医保局:\n为持续推进农村贫困人口大病专项救治工作,现就有关工作通知如下。\n国家卫生健康委办公厅\n民政部办公厅\n国务院扶贫办综合司\n国家医保局办公室\n2020年4月26日\n',
    );
    expect(doc).toMatchObject({
      issuers: ['国家卫生健康委办公厅', '民政部办公厅', '国务院扶贫办综合司', '国家医保局办公室'],
      date: '2020-04-26',
    });
  });

  it('reads a commendation decided at a meeting as a 决定, without titling it by a pledge of loyalty', () => {
    const doc = parsed(
      '各区县人民政府,市政府各工作部门:\n为全面贯彻党的十八大和十八届三中、四中全会精神,深入实施创新驱动发展战略,经市政府第58次常务会议审议,决定授予“管道补口加热专用设备”等4项成果科学技术奖。\n铜川市人民政府\n2015年3月19日\n',
    );
    expect(doc.genre).toBe('决定');
    expect(doc.title).not.toContain('全面贯彻党的十八大');
  });

  it('does not sign a text cut off mid-sentence with its last words', () => {
    const cut = parsed(
      '关于指导推进家庭教育的五年规划\n各省、自治区、直辖市妇联:\n家庭教育是未成年人成长发展中不可或缺的重要环节。\n在各级党委政府\n',
    );
    expect(cut.issuers).toEqual([]);
    const listed = parsed(
      '甘肃省人民政府关于2020年度省级预算执行的审计工作报告\n省人民代表大会常务委员会:\n民生福祉得到切实保障。省委、省政府确定的为民实事全部办结。\n教育、卫生健康、社\n',
    );
    expect(listed.issuers).toEqual(['甘肃省人民政府']);
  });

  it('dates a document between its list of attachments and the attachments, and by a law database’s record of publication and force', () => {
    const listed = parsed(
      '马鞍山市人民政府关于2006-2007年度全市科学技术奖励的决定\n各县、区人民政府:\n市政府决定,授予29项科技成果科技进步奖。\n附件:2006-2007年度马鞍山市科学技术奖授奖项目\n二〇〇八年十月二十三日\n附件\n2006-2007年度马鞍山市科学技术奖授奖项目\n科技创新特别奖(9个)\n中钢集团马鞍山矿山研究院有限公司创新团队\n中冶华天工程技术有限公司\n马鞍山钢铁股份有限公司\n安徽工业大学\n',
    );
    expect(listed.date).toBe('2008-10-23');
    const record = parsed(
      '您的位置首页 >> 法规库 >> 法规正文\n湖北省扶贫开发规划\n状态:有效 发布日期:2002-07-11 生效日期: 2002-07-11\n发布部门: 湖北省人民政府\n一、扶贫开发的基本情况\n',
    );
    expect(record).toMatchObject({ date: '2002-07-11', provenance: { date: 'table' } });
    const posted = parsed('关于贯彻工会法的工作指南\n发布时间:2016-09-22 13:22:00\n生效日期:2015-12-21\n一、总则\n');
    expect(posted.date).toBeNull();
  });

  it('takes a signed text sent to bodies that names no genre for an inferred 通知, but not one sent to no one', () => {
    const sent = parsed(
      '村网通总站 欢迎您!\n各乡镇人民政府、县级各部门,各企事业单位:\n根据国家审计准则的要求,所有审计项目必须纳入计划管理。请于3月20日前报送有关材料。\n蓬安县审计局\n2017年3月6日\n',
    );
    expect(sent).toMatchObject({ genre: '通知', provenance: { genre: 'inferred' } });
    const unsent = parsed('根据国家审计准则的要求,所有审计项目必须纳入计划管理。\n蓬安县审计局\n2017年3月6日\n');
    expect(unsent.genre).toBeNull();
  });

  it('reads a joint red head with 文件 on its own line, a byline set apart by bars, and a date that lost its 年', () => {
    const joint = parsed(
      '國務院國有資產監督管理委員會\n文件\n共青團中央\n國資委群工[2006]271號\n關于做好申報2006年度全國青年文明號工作的通知\n各中央企業,共青團各省、自治區、直轄市委:\n為樹立先進典型,現將有關事項通知如下:\n',
    );
    expect(joint.issuers).toEqual(['國務院國有資產監督管理委員會', '共青團中央']);
    const barred = parsed(
      '關于開展2018年市直發明專利申請資助工作的通知\n2018-09-27 10:39 ?|? 咸寧市知識產權局 ?|? 344\n市直各有關單位:\n為充分調動企事業單位申請發明專利的積極性,現將有關事項通知如下:\n',
    );
    expect(barred.issuers).toEqual(['咸寧市知識產權局']);
    const lostYear = parsed(
      '关于举办2021年全县中小学生田径比赛的通知\n各中小学:\n经研究,决定举办全县中小学生田径比赛。\n特此通知。\n嘉鱼县教育局           嘉鱼县文化和旅游局\n20213月18\n',
    );
    expect(lostYear).toMatchObject({ issuers: ['嘉鱼县教育局', '嘉鱼县文化和旅游局'], date: '2021-03-18' });
  });

  it('joins a unit signed under its body’s line, and drops a site’s year after a rule’s title', () => {
    const units = parsed(
      '关于对博荣大桥、团结大桥实行交通管控的公告\n因桥梁检测需要,决定对两座大桥实行交通管控。\n特此公告。\n莫力达瓦达斡尔族自治旗交通运输\n综合行政执法大队\n莫力达瓦达斡尔族自治旗公安局\n交通管理大队\n2025年3月5日\n',
    );
    expect(units.issuers).toEqual(['莫力达瓦达斡尔族自治旗交通运输综合行政执法大队', '莫力达瓦达斡尔族自治旗公安局交通管理大队']);
    const tagged = parsed(
      '发布时间:2023-09-19 05:44:44\n三亚市物业管理实施办法(2011)\n第一章 总则\n第一条 为了规范物业管理活动,制定本办法。\n',
    );
    expect(tagged.title).toBe('三亚市物业管理实施办法');
  });

  it('reads addressees after a title glued to its number, and past a site’s notices and 摘要', () => {
    const glued = parsed(
      '安徽省国家税务局关于若干增值税政策和管理问题的通知(皖国税函〔2008〕10号)各市国家税务局:\n为加强增值税管理,现将有关问题通知如下:\n',
    );
    expect(glued.addressees).toBe('各市国家税务局');
    const notices = parsed(
      '襄阳市人民政府办公室关于印发襄阳市公共体育场馆免费低收费开放管理办法的通知\nUSHUI.NET®提示:根据《襄阳市人民政府关于宣布部分文件失效的决定》,本篇法规已失效。\nUSHUI.NET®提示:根据《襄阳市人民政府关于公布清理结果的决定》,本篇继续有效。\n各县(市、区)人民政府、开发区管委会,各有关单位:\n《办法》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n',
    );
    expect(notices.addressees).toBe('各县(市、区)人民政府、开发区管委会,各有关单位');
    const summary = parsed(
      '关于加大对网吧接纳未成年人违法行为处罚力度的通知\n摘要 近年来,各级文化行政部门深入开展网吧规范和整治工作。\n各省、自治区、直辖市文化厅(局):\n近年来,各级文化行政部门深入开展网吧规范和整治工作,现通知如下:\n',
    );
    expect(summary.addressees).toBe('各省、自治区、直辖市文化厅(局)');
  });

  it('does not place a city’s office by a verb a sentence runs into its 市 (…,落实市依法治市委员会…)', () => {
    const doc = parsed(
      '市统计局办公室关于印发《天津市统计行政执法与刑事司法衔接工作制度》的通知\n各区统计局:\n为认真贯彻落实《天津市统计条例》规定,落实市依法治市委员会《关于加强行政执法工作的意见》,现印发给你们。\n20201228\n',
    );
    expect(doc.issuers).toEqual(['市统计局办公室']);
  });

  it('drops an editor’s note, a sharing site’s slogan and a headline’s exclamation from the title', () => {
    expect(
      parsed('(以此為準)恩平市人民政府關于劃定朗底水等10條河流的河道管理范圍的公告\n為加強河道管理,現公告如下:\n').title,
    ).toBe('恩平市人民政府關于劃定朗底水等10條河流的河道管理范圍的公告');
    expect(
      parsed(
        '精选优质文档-倾情为你奉上交通运输部关于加强道路客运安全工作的通知\n各省交通运输厅:\n为加强道路客运安全,现通知如下:\n',
      ).title,
    ).toBe('交通运输部关于加强道路客运安全工作的通知');
    const exclaimed = parsed(
      '索引号:11341825/2020-00123\n标题:关于有序恢复部分城镇公交运营的公告!\n发布机构:旌德县庙首镇政府\n经研究,决定有序恢复部分城镇公交运营。\n',
    );
    expect(exclaimed.title).toBe('关于有序恢复部分城镇公交运营的公告');
  });
});

describe('forms of the hundred-and-forty-eighth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('takes a spaced genre label, a news dateline, a comment button and a 首頁 - trail for page matter', () => {
    const label = parsed(
      '航 行 通 告\n湄洲湾航道三期林齿礁炸清除工程施工期间交通管制通告\n泉海事航〔2013〕55号\n因施工需要,施工期间对该水域实施临时交通管制。\n二〇一三年十月二十五日\n',
    );
    expect(label).toMatchObject({
      title: '湄洲湾航道三期林齿礁炸清除工程施工期间交通管制通告',
      docNumber: '泉海事航〔2013〕55号',
    });
    const dateline = parsed(
      '新华网 正文\n评论\n新华社北京11月8日电\n中华全国妇女联合会章程\n总则\n中华全国妇女联合会是全国各族各界妇女联合起来的群团组织。\n',
    );
    expect(dateline.title).toBe('中华全国妇女联合会章程');
    const trail = parsed(
      '澳门银河赌场注册送38-澳门银河赌场招人好招吗_百家乐德州_全讯网下载 (中国)·官方网站\n首頁 - 政策法規\n慈善組織認定辦法\n來源: | 作者: | 發布日期:2018-06-14 |\n第一條 為了規范慈善組織認定工作,制定本辦法。\n',
    );
    expect(trail.title).toBe('慈善組織認定辦法');
  });

  it('reads a number after its title and a dash pair, and a compilation’s date, 《title》 and number on one line', () => {
    const dashed = parsed(
      '关于端午节期间临时交通管制有关事宜的航行通告——黑航通〔2023〕0024号\n有关单位、船舶:\n端午节期间松花江部分水域将实行临时交通管制。\n',
    );
    expect(dashed).toMatchObject({ title: '关于端午节期间临时交通管制有关事宜的航行通告', docNumber: '黑航通〔2023〕0024号' });
    const compiled = parsed(
      '2010.10.13《中国银监会办公厅关于做好下一阶段地方政府融资平台贷款清查工作的通知》银监办发〔2010〕309号\n各银监局:\n根据工作要求,现就有关事项通知如下:\n',
    );
    expect(compiled).toMatchObject({
      title: '中国银监会办公厅关于做好下一阶段地方政府融资平台贷款清查工作的通知',
      docNumber: '银监办发〔2010〕309号',
      issuers: ['中国银监会办公厅'],
      date: '2010-10-13',
    });
  });

  it('splits a decree head glued to its regulation’s name, over a forum thread’s own title', () => {
    const doc = parsed(
      '[社会政策] 基金会管理规定\n发表于 2009-4-8 15:13 | 显示全部楼层 |阅读模式\n中华人民共和国民政部令第26号基金会名称管理规定\n2004年6月21日\n第一条 为了规范对基金会名称的管理,制定本规定。\n',
    );
    expect(doc).toMatchObject({ title: '基金会名称管理规定', docNumber: '民政部令第26号', issuers: ['中华人民共和国民政部'] });
  });

  it('keeps a joint issuers’ line apart from a title that does not go on from them', () => {
    const doc = parsed(
      '中共中央組織部 人力資源和社會保障部 國家公務員局\n中央機關及其直屬機構2013年度考試錄用公務員公告\n為滿足中央機關錄用公務員的需要,現將有關事項公告如下:\n',
    );
    expect(doc).toMatchObject({
      title: '中央機關及其直屬機構2013年度考試錄用公務員公告',
      issuers: ['中共中央組織部', '人力資源和社會保障部', '國家公務員局'],
    });
  });

  it('takes a headline that keeps the brackets the head’s copy lost, not one with a date before it', () => {
    const lost = parsed(
      '关于印发《湖南省职业院校管理水平提升行动计划(2015-2018年)实施方案》的通知\n日期:2016-04-26 00:00:00 发布人:Kjxy 浏览量:85\n关于印发《湖南省职业院校管理水平提升行动计划20152018年)实施方案》的通知\n湘教通〔2015〕628号\n各市州教育局:\n现将实施方案印发给你们,请认真贯彻执行。\n',
    );
    expect(lost.title).toBe('关于印发《湖南省职业院校管理水平提升行动计划(2015-2018年)实施方案》的通知');
  });

  it('takes a posting stamp with a view count for the page’s, and a news agency’s end mark off a sign-off’s date', () => {
    const stamped = parsed(
      '当前位置: 首页 >> 行业动态\n云南省殡葬管理条例\n2021-10-07 昆明公墓网 846\n第一章 总则\n第一条 为深化殡葬改革,制定本细则。\n',
    );
    expect(stamped.date).toBeNull();
    const ended = parsed(
      '中华人民共和国主席令\n第三号\n根据第十届全国人民代表大会常务委员会第二次会议于2003年4月26日的决定:\n免去张文康的卫生部部长职务;任命吴仪为卫生部部长。\n中华人民共和国主席 胡锦涛\n2003年4月26日(完)\n',
    );
    expect(ended.date).toBe('2003-04-26');
  });

  it('names a school or a listed company leading its own rules as their issuer, past its site’s tabs', () => {
    const school = parsed(
      '关注官方微信\n规章制度\n吉林大学学生违纪处分规定\n日期:2021-10-25 点击数: 来源:\n第一章 总则\n第一条 为维护学校正常的教学秩序,制定本规定。\n',
    );
    expect(school).toMatchObject({ title: '吉林大学学生违纪处分规定', issuers: ['吉林大学'] });
    const company = parsed('龙建路桥股份有限公司“三重一大”决策实施细则\n第一章 总则\n第一条 为规范公司决策行为,制定本细则。\n');
    expect(company.issuers).toEqual(['龙建路桥股份有限公司']);
    const about = parsed(
      '武汉工程大学关于教师特聘岗位计划的实施意见\n为加强师资队伍建设,现就实施教师特聘岗位计划提出如下意见。\n',
    );
    expect(about.issuers).toEqual(['武汉工程大学']);
  });

  it('takes a wiki’s box over the text for the page’s: the sign-off dates it, the box names its issuer in full', () => {
    const doc = parsed(
      '浙江省國資委關於印發省屬企業公司章程制定修改辦事指南(試行)的通知\n浙國資企改〔2021〕8號\n浙江省人民政府國有資產監督管理委員會\n2021年10月8日\n各省屬企業:\n現將辦事指南印發給你們,請遵照執行。\n浙江省國資委\n2021年10月3日\n',
    );
    expect(doc).toMatchObject({ date: '2021-10-03', issuers: ['浙江省人民政府國有資產監督管理委員會'] });
  });

  it('dates a regulation by its latest amendment where its history runs long under the title', () => {
    const history = `(1999年12月28日浙江省第九屆人民代表大會常務委員會第十七次會議通過 2005年7月29日浙江省第十屆人民代表大會常務委員會第十九次會議修訂 ${[
      2011, 2013, 2018,
    ]
      .map(
        (year) =>
          `根據${year}年5月31日浙江省人民代表大會常務委員會會議《關于修改〈浙江省人民代表大會常務委員會任免國家機關工作人員條例〉的決定》修正`,
      )
      .join(
        ' ',
      )} 根據2023年7月28日浙江省第十四屆人民代表大會常務委員會第四次會議《關于修改〈浙江省鄉鎮人民代表大會工作條例〉等三件地方性法規的決定》第三次修正)`;
    expect(history.length).toBeGreaterThan(300);
    const doc = parsed(
      `浙江省人民代表大會常務委員會任免國家機關工作人員條例\n${history}\n第一章 總則\n第一條 為保證依法行使人事任免權,制定本條例。\n`,
    );
    expect(doc.date).toBe('2023-07-28');
  });

  it('signs off with a fishing port’s supervision, and reads addressees with a colon in brackets or a school’s units without one', () => {
    const port = parsed(
      '关于连云区连岛中心渔港工程施工的航行通告\n各有关单位、船舶:\n为确保过往船舶的航行安全,现将有关事项通告如下:\n施工结束,不再另行通告。\n中华人民共和国连云渔港监督\n2022年4月22日\n',
    );
    expect(port).toMatchObject({ issuers: ['中华人民共和国连云渔港监督'], date: '2022-04-22' });
    const bracketed = parsed(
      '关于做好2010年全省电信网码号资源年报工作的通知\n省内各增值业务企业、各短消息服务(SP:1062)单位:\n根据工业和信息化部要求,现将有关事项通知如下:\n',
    );
    expect(bracketed.addressees).toBe('省内各增值业务企业、各短消息服务(SP:1062)单位');
    const units = parsed('各系、各班級\n為了規範學生請假問題,結合我院實際,經研究,決定如下。\n學工處\n2009年3月17日\n');
    expect(units).toMatchObject({ addressees: '各系、各班級', issuers: ['學工處'] });
  });

  it('takes a news report’s lead over “全文如下” for the page’s, and a 实施意见 title glued to its text', () => {
    const report = parsed(
      '中新网10月12日电 国家公务员局今日在其官网发布《中央机关及其直属机构2012年度考试录用公务员公告》。\n公告全文如下:\n中央机关及其直属机构2012年度考试录用公务员公告\n为满足中央机关及其直属机构录用公务员的需要,现将有关事项公告如下:\n',
    );
    expect(report).toMatchObject({ title: '中央机关及其直属机构2012年度考试录用公务员公告', genre: '公告' });
    const glued = parsed(
      `安顺市人民政府关于煤炭工业淘汰落后产能加快转型升级的实施意见。各县、自治县,区人民政府,市政府各部门:为加快煤炭工业转型升级,${'现提出以下实施意见。'.repeat(30)}\n`,
    );
    expect(glued).toMatchObject({
      title: '安顺市人民政府关于煤炭工业淘汰落后产能加快转型升级的实施意见',
      issuers: ['安顺市人民政府'],
    });
  });

  it('keeps a cover notice’s own title over the rules it quotes, and a head naming the issuer in full over a table naming it short', () => {
    const cover = parsed(
      '成都市人民政府关于印发《成都市市属国有企业负责人经营业绩考核与薪酬管理暂行办法》的通知\n各区(市)县政府,市政府各部门:\n现将《成都市市属国有企业负责人经营业绩考核与薪酬管理暂行办法》印发给你们,请遵照执行。\n二○○六年五月十五日\n成都市市属国有企业负责人经营业绩考核与薪酬管理暂行办法\n第一条 为建立激励约束机制,制定本办法。\n',
    );
    expect(cover).toMatchObject({
      title: '成都市人民政府关于印发《成都市市属国有企业负责人经营业绩考核与薪酬管理暂行办法》的通知',
      genre: '通知',
    });
    const short = parsed(
      '文件名称:市老龄办关于转发《全国老龄工作委员会关于深入开展2017年全国“敬老月”活动的通知》的通知\n文件编号:\n沪老龄办发〔2017〕11号\n上海市老龄工作委员会办公室关于转发《全国老龄工作委员会关于深入开展2017年全国敬老月活动的通知》的通知\n市老龄委各委员单位、各区老龄办:\n今年10月是全国第八个敬老月。\n',
    );
    expect(short).toMatchObject({
      title: '上海市老龄工作委员会办公室关于转发《全国老龄工作委员会关于深入开展2017年全国敬老月活动的通知》的通知',
      issuers: ['上海市老龄工作委员会办公室'],
    });
  });
});

describe('forms of the hundred-and-fifty-sixth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads an executive meeting’s record as its minutes', () => {
    const doc = parsed(
      '县政府召开第七次常务会议\n2月10日,县长主持召开县政府第七次常务会议,研究部署近期重点工作。\n会议听取了有关工作汇报。\n',
    );
    expect(doc.genre).toBe('纪要');
  });

  it('names a work report’s government from its speaker or its congress, and takes where it was given off its title', () => {
    const speaker = parsed(
      '政府工作报告\n——在东乌珠穆沁旗第十六届人民代表大会第一会议上\n东乌旗人民政府代旗长 周玉龙\n(2022年1月5日)\n各位代表:\n现在,我代表旗人民政府向大会报告工作,请予审议。\n',
    );
    expect(speaker).toMatchObject({ title: '政府工作报告', issuers: ['东乌旗人民政府'], date: '2022-01-05', genre: '报告' });
    const glued = parsed(
      '——2018年1月6日在呼和浩特市第十五届人民代表大会第一次会议上政府工作报告\n呼和浩特市市长冯玉臻\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n',
    );
    expect(glued).toMatchObject({ title: '政府工作报告', issuers: ['呼和浩特市人民政府'], date: '2018-01-06', genre: '报告' });
    const after = parsed(
      '政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上\n来源:伊金霍洛镇人民政府\n——在伊金霍洛镇第四届人民代表大会第三次会议上\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。\n',
    );
    expect(after).toMatchObject({ title: '政府工作报告(草案)', issuers: ['伊金霍洛镇人民政府'] });
  });

  it('drops a column’s tag before a bar and a department’s tag after a reply, and names the two general offices in full', () => {
    const tagged = parsed(
      '权威发布丨文化和旅游部关于公布第五批国家级非物质文化遗产代表性项目代表性传承人的通知\n各省、自治区、直辖市文化和旅游厅(局):\n现将名单予以公布。\n',
    );
    expect(tagged).toMatchObject({
      title: '文化和旅游部关于公布第五批国家级非物质文化遗产代表性项目代表性传承人的通知',
      issuers: ['文化和旅游部'],
    });
    const reply = parsed(
      '关于对县十六届人大二次会议第8号议事原案的答复(水利局)\n王XX等13位代表:\n你们提出的议事原案收悉,现答复如下:\n',
    );
    expect(reply.title).toBe('关于对县十六届人大二次会议第8号议事原案的答复');
    const offices = parsed(
      '中办国办印发《关于加强贫困村驻村工作队选派管理工作的指导意见》\n近日,中共中央办公厅、国务院办公厅印发了《意见》。\n',
    );
    expect(offices.issuers).toEqual(['中共中央办公厅', '国务院办公厅']);
  });

  it('reads a ministry’s commendation as a decision, a community’s notice as its own, and addressees after a title on their line', () => {
    const commended = parsed(
      '教育部關於表彰全國優秀教師和優秀教育工作者的決定\n教人[2014]3號\n近年來,全國廣大教師堅持立德樹人。為表彰他們對教育事業作出的積極貢獻,教育部決定授予鄭燕斌等同志“全國優秀教師”稱號。\n',
    );
    expect(commended.genre).toBe('决定');
    const untitled = parsed(
      '为表彰先进,激励广大教师,教育部决定授予张三等同志“全国优秀教师”称号。\n希望受到表彰的同志再接再厉。\n',
    );
    expect(untitled.genre).toBe('决定');
    const community = parsed(
      '沿山社区关于开展2024年“迎国庆、优环境”安全卫生综合整治的通知\n大家好!为确保节日期间小区整洁安全,现开展综合整治。\n',
    );
    expect(community.issuers).toEqual(['沿山社区']);
    const run = parsed(
      '桂园街道领导干部驻点普遍直接联系群众活动公告 居民朋友们、辖区单位:\n为密切党群干群关系,现将有关事项公告如下:\n',
    );
    expect(run.addressees).toBe('居民朋友们、辖区单位');
  });

  it('takes a hijacked page’s trail of keywords, a field’s label between bullets and a paper’s number and date off a title', () => {
    const spam = parsed(
      '首页『摩臣5注册登陆』-摩臣5娱乐平台-首页-隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知\n各乡镇人民政府,县直各有关单位:\n现将办法印发给你们,请遵照执行。\n',
    );
    expect(spam.title).toBe('隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知');
    const bulleted = parsed('•会议题目•于晓东主持召开区政府第4次常务会议\n4月8日,区长于晓东主持召开区政府第4次常务会议。\n');
    expect(bulleted).toMatchObject({ title: '于晓东主持召开区政府第4次常务会议', genre: '纪要' });
    const paper = parsed(
      '全国人民代表大会常务委员会公告[十三届]第三十二号2023年02月25日\n第十三届全国人民代表大会第一次会议选出的代表中,有代表出缺,现予公告。\n全国人民代表大会常务委员会\n2023年2月24日\n',
    );
    expect(paper.title).toBe('全国人民代表大会常务委员会公告');
  });

  it('takes a release without quotes for its document, and 现予公告 for a 公告’s close', () => {
    const released = parsed(
      '贵州省人民政府办公厅印发贵州省深入开展消费扶贫助力打赢脱贫攻坚战的实施意见\n为贯彻落实国务院办公厅有关意见,现提出以下实施意见。\n一、总体要求\n',
    );
    expect(released).toMatchObject({
      title: '贵州省深入开展消费扶贫助力打赢脱贫攻坚战的实施意见',
      issuers: ['贵州省人民政府办公厅'],
    });
    const announced = parsed(
      '辽源市人民代表大会常务委员会公告\n辽源市人民代表大会常务委员会公告\n辽源市八届人大代表名额为291名。\n现予公告。\n2018年4月20日\n',
    );
    expect(announced.genre).toBe('公告');
  });

  it('takes no issuer from a table cell that repeats the title', () => {
    const doc = parsed(
      '法规库\n山西省人民代表大会常务委员会关于大气污染物和水污染物环境保护税适用税额的决定\n颁布时间:正保会计网校 发文单位:山西省人民代表大会常务委员会关于大气污染物和水污染物环境保护税适用税额的决定\n(2017年12月1日山西省第十二届人民代表大会常务委员会第四十二次会议通过)\n为了保护和改善环境,作如下决定:\n',
    );
    expect(doc.issuers).toEqual(['山西省人民代表大会常务委员会']);
  });

  it('takes no label word for a body (發布單位)', () => {
    const doc = parsed(
      '索引號\n002966079/2025-69585\n成文日期\n2025-09-05\n發布日期\n2025-09-05\n發布單位\n寧海縣文化和廣電旅游體育局\n【解讀】關于《寧海縣非國有博物館扶持辦法》的政策解讀\n一、起草背景\n為促進非國有博物館發展,制定本辦法。\n',
    );
    expect(doc.issuers).not.toContain('發布單位');
  });
});

describe('forms of the hundred-and-sixty-fourth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));
  const contents = Array.from(
    { length: 14 },
    (_, i) => `${Math.floor(i / 3) + 1}.${(i % 3) + 1}编制目的和适用范围说明…………………${i + 1}`,
  ).join('\n');

  it('joins no table of contents’ lines, and no line ending in a number, to the next', () => {
    const doc = parsed(
      `关于印发《洪江区防汛应急预案》的通知\n发布时间:2014-08-27 00:00\nHQDR-2014-00003 洪管函〔2014〕32号\n怀化市洪江区管理委员会\n关于印发《洪江区防汛应急预案》的通知\n各乡人民政府、街道办事处,区直有关单位:\n《洪江区防汛应急预案》已经审议通过,现印发给你们,请遵照执行。\n2014年8月26日\n目 录\n${contents}\n`,
    );
    expect(doc).toMatchObject({
      title: '怀化市洪江区管理委员会关于印发《洪江区防汛应急预案》的通知',
      issuers: ['怀化市洪江区管理委员会'],
    });
  });

  it('reads the issuer’s line over a title that has its number run on after it, and a breadcrumb cut short', () => {
    const glued = parsed(
      '定西市安定区人民政府办公室\n关于印发《定西市安定区生产安全事故应急预案(修订)》的通知 安政办发〔2018〕20号\n各乡镇人民政府、街道办事处:\n现印发给你们,请认真遵照执行。\n定西市安定区人民政府办公室\n2018年2月8日\n',
    );
    expect(glued).toMatchObject({
      title: '定西市安定区人民政府办公室关于印发《定西市安定区生产安全事故应急预案(修订)》的通知',
      docNumber: '安政办发〔2018〕20号',
    });
    const trail = parsed(
      '1. 首页\n  2. 信息公开\n  3. 政策法规\n  4. 县规范性文...\n\n遂川县人民政府办公室关于印发遂川县防汛抗旱应急预案的通知\n\n作者:sc_zfb      发布时间:2020-03-20 16:03\n\n各乡镇人民政府,县政府各部门:\n\n   现将修订后的预案印发给你们,请认真贯彻实施。\n\n   2020年3月17日\n\n  遂川县防汛抗旱应急预案\n\n  1 总则\n',
    );
    expect(trail).toMatchObject({
      title: '遂川县人民政府办公室关于印发遂川县防汛抗旱应急预案的通知',
      issuers: ['遂川县人民政府办公室'],
    });
  });

  it('takes a flattened masthead off its number, and the words run onto a sign-off off its body', () => {
    const doc = parsed(
      `泉州市鲤城区人民政府文件泉鲤政〔2021〕67号泉州市鲤城区人民政府关于泉州市鲤城区2021年度第四批次农用地转用和土地征收的公告根据《中华人民共和国土地管理法》等有关规定,鲤城区2021年度第四批次农用地转用和土地征收已经省政府批准同意,现将有关事项公告如下:一、征地批准文件(一)批准机关:福建省人民政府${'二、征收土地的用途为公共管理与公共服务用地,由街道办事处代表区政府签订补偿安置协议,'.repeat(4)}特此公告,附件:泉州市第十五中学扩建项目用地勘测定界图泉州市鲤城区人民政府2021年12月31日(此件主动公开)。`,
    );
    expect(doc).toMatchObject({ docNumber: '泉鲤政〔2021〕67号', issuers: ['泉州市鲤城区人民政府'] });
  });

  it('names the city the title opens with where the sign-off leaves it off', () => {
    const doc = parsed(
      '漯河市郾城区人民政府征收土地预公告\n为保障建设用地需要,拟征收孟庙镇张店村的集体土地,现就征收土地预公告如下:\n一、征收范围。\n郾城区人民政府\n2021年10月13日\n',
    );
    expect(doc.issuers).toEqual(['漯河市郾城区人民政府']);
  });

  it('reads a masthead with the page’s tools after it, and the body’s line under it as its title’s', () => {
    const doc = parsed(
      '呼和浩特市政府办公室文件 字体(    )  打印\n\n呼和浩特市人民政府办公室\n关于进一步压缩不动产登记办理时间的通知\n\n呼政办字〔2020〕28号\n\n各旗、县、区人民政府,市有关部门:\n\n为推动我市不动产登记提质增效,现将有关事宜通知如下:\n',
    );
    expect(doc).toMatchObject({
      title: '呼和浩特市人民政府办公室关于进一步压缩不动产登记办理时间的通知',
      issuers: ['呼和浩特市人民政府办公室'],
    });
  });

  it('takes an exclaimed headline, a column’s tag and a forum’s short name off a title', () => {
    const exclaimed = parsed(
      '通告!台儿庄四月初八古会期间交通管制关于台儿庄四月初八古会期间交通管制的通告\n为保障道路交通畅通,决定实行临时交通管制,现通告如下:\n一、管制时间\n枣庄市公安局台儿庄分局交通警察大队\n2023年5月23日\n',
    );
    expect(exclaimed.title).toBe('关于台儿庄四月初八古会期间交通管制的通告');
    const tagged = parsed('[政府公告] 渭南市关于实行黄河流域渭南段禁渔的通告\n为保护黄河渔业资源,现通告如下:\n一、禁渔区域。\n');
    expect(tagged.title).toBe('渭南市关于实行黄河流域渭南段禁渔的通告');
    const forum = parsed(
      '上海人社局上海市劳动和社会保障局关于调整本市企业职工最低工资标准的通知\n沪劳保综发(2001)45号\n各有关委办、各区、县劳动局:\n经市人民政府同意,现调整最低工资标准。\n',
    );
    expect(forum).toMatchObject({
      title: '上海市劳动和社会保障局关于调整本市企业职工最低工资标准的通知',
      issuers: ['上海市劳动和社会保障局'],
    });
    const joint = parsed(
      '遂昌县教育局遂昌县体育局关于举办遂昌县2012年中小学生体育运动会的通知\n各中小学:\n经研究,决定举办运动会。\n',
    );
    expect(joint.issuers).toEqual(['遂昌县教育局', '遂昌县体育局']);
  });

  it('reads addressees a hijacked copy glued after a link, and a wiki’s row of neighbours as no title', () => {
    const spam = parsed(
      '索引號 | 000014348/2019-03084 | 主題分類 | 工業、交通 |\n發文機構 | 市人民政府 | 發文字號 | 武政規〔2019〕21號 |\n必兆娱乐平台电游 www.azrmf.com 各區人民政府,市人民政府各部門:\n為保障全市道路交通安全和暢通,現就有關事項通告如下:\n',
    );
    expect(spam.addressees).toBe('各區人民政府,市人民政府各部門');
    const wiki = parsed(
      '跳转到内容\n\n临海市新型冠状病毒感染的肺炎疫情防控应急指挥部1号令\n\n维基文库,自由的图书馆\n致从湖北返回临海的乡亲朋友们的一封公开信 临海市新型冠状病毒感染的肺炎疫情防控应急指挥部1号令\n制定机关:临海市新型冠状病毒感染的肺炎疫情防控应急指挥部\n2020年1月25日\n临海市新型冠状病毒感染的肺炎疫情防控应急指挥部2号令\n\n  为进一步做好防控应急工作,现将相关工作要求通知如下:\n',
    );
    expect(wiki).toMatchObject({ title: '临海市新型冠状病毒感染的肺炎疫情防控应急指挥部1号令', docNumber: '1号令' });
  });

  it('reads a notice’s serial without its 第, under its title or in its title, but no gazette’s issue', () => {
    const after = parsed(
      '龙山县新冠肺炎疫情防控指挥部关于解除里耶镇银河村1组高风险区管控措施的通告(2022年108号)\n  根据有关规定,决定解除管控。\n龙山县新冠肺炎疫情防控指挥部\n2022年11月20日\n',
    );
    expect(after).toMatchObject({
      title: '龙山县新冠肺炎疫情防控指挥部关于解除里耶镇银河村1组高风险区管控措施的通告',
      docNumber: '2022年108号',
    });
    const under = parsed(
      '关于启动大规模核酸检测的通告\n(2022年2号)\n鉴于当前疫情防控形势,决定开展大规模核酸检测。现将有关事项通告如下:\n',
    );
    expect(under.docNumber).toBe('2022年2号');
    const inTitle = parsed(
      '莫力达瓦达斡尔族自治旗新型冠状病毒感染的肺炎疫情防控工作指挥部第六十四号通告\n岭岚小区实行全面封闭管理后,现解除封闭。\n2020年2月20日\n',
    );
    expect(inTitle.docNumber).toBe('第六十四号');
    const wiki = parsed(
      '潛江市新型冠狀病毒感染的肺炎防控指揮部通告(1號)\n維基文庫,自由的圖書館\n市新型冠狀病毒感染的肺炎疫情防控指揮部通告\n1號\n2020年1月23日\n為全力做好疫情防控工作,現通告如下:\n',
    );
    expect(wiki).toMatchObject({ title: '市新型冠狀病毒感染的肺炎疫情防控指揮部通告', docNumber: '1號' });
    const gazette = parsed(
      '国务院办公厅关于安徽合肥经济技术开发区的复函(2000年10号)\n国办函〔2000〕16号\n安徽省人民政府:\n你省关于合肥经济技术开发区的请示收悉。\n',
    );
    expect(gazette.docNumber).toBe('国办函〔2000〕16号');
  });

  it('reads joint signers over a date with its publication note, and a title broken inside its quote', () => {
    const joint = parsed(
      '关于印发进一步完善院前医疗急救服务指导意见的通知\n国卫医发〔2020〕19 号\n各省卫生健康委:\n现将文件印发给你们,请遵照执行。\n\n国家卫生健康委\n\n国家发展改革委\n\n人力资源社会保障部 交通运输部\n\n2020 年 9 月 17 日(信息公开形式:主动公开)\n\n院前医疗急救是重要组成部分。\n',
    );
    expect(joint).toMatchObject({
      issuers: ['国家卫生健康委', '国家发展改革委', '人力资源社会保障部', '交通运输部'],
      date: '2020-09-17',
    });
    const quoted = parsed(
      '山东省人力资源和社会保障厅对《关于明确工伤保险有关问题的通知\n(征求意见稿)》公开征求意见的公告\n为更好地保障职工和用人单位的合法权益,我厅起草了征求意见稿。\n',
    );
    expect(quoted).toMatchObject({
      title: '山东省人力资源和社会保障厅对《关于明确工伤保险有关问题的通知(征求意见稿)》公开征求意见的公告',
      genre: '公告',
    });
  });

  it('reads a database’s 文件号, a numbered label, a summary cell that holds the title, and a reply’s body', () => {
    const numbered = parsed(
      '河北省劳动和社会保障厅关于工伤职工待遇衔接问题处理意见的通知\n\n【文 件 号】冀劳社办[2008]115号\n\n【颁布时间】2008-07-23\n\n各设区市劳动和社会保障局:\n现将有关问题通知如下:\n',
    );
    expect(numbered.docNumber).toBe('冀劳社办〔2008〕115号');
    const summary = parsed(
      '索引號 | 014046317/2024-05637 | 生成日期 | 2024-10-08 |\n文件編號 | 宜政發[2024]129號 | 公開時限 | 長期公開 |\n主題(一) | 綜合政務 | 主題(二) | 文秘工作 | 體裁 | 批復 |\n內容概況 | 市政府關于同意新莊街道、官林鎮地名命名的批復 |\n新莊街道辦事處、官林鎮人民政府:\n你們單位關于地名命名的請示收悉。經研究,現批復如下:\n',
    );
    expect(summary.title).toBe('市政府關于同意新莊街道、官林鎮地名命名的批復');
    const reply = parsed(
      '发布机构: 魏县农业农村局\n\n对政协魏县第十届委员会 第一次会议第25号提案的答复\n\n李中宇委员:\n您提出的提案收悉,现答复如下:\n',
    );
    expect(reply.issuers).toEqual(['魏县农业农村局']);
    const section = parsed(
      '博山区政府办公室\n\n博山区人民政府\n\n关于公布第七批区级非物质文化遗产\n\n代表性项目名录的通知\n\n博政字〔2024〕79号\n\n各镇人民政府、街道办事处:\n\n为做好非物质文化遗产保护工作,现将名录公布。\n',
    );
    expect(section).toMatchObject({
      title: '博山区人民政府关于公布第七批区级非物质文化遗产代表性项目名录的通知',
      issuers: ['博山区人民政府'],
    });
  });
});

describe('forms of the hundred-and-seventy-second set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads a regulation’s history for its latest promulgation, and signs nothing with a line cut off after an article', () => {
    const doc = parsed(
      '淄博市计量监督管理办法\n\n(1996年9月27日淄博市第十届人民代表大会常务委员会第二十七次会议通过 1996年10月14日淄博市人民代表大会常务委员会公告公布 根据2012年6月28日淄博市第十四届人民代表大会常务委员会第二次会议通过的决定第二次修正 2012年8月2日以淄博市人民代表大会常务委员会公告[14届]第3号公布)\n\n第一章 总 则\n　　第一条 为加强计量监督管理,制定本办法。\n　　第四条 国际单位制计量单位是国家法定计量单位。禁止使用非国家法定计量单位。\n　　特殊情况需要使用非国家法定计量单位\n',
    );
    expect(doc).toMatchObject({
      docNumber: '淄博市人民代表大会常务委员会公告[14届]第3号',
      issuers: ['淄博市人民代表大会常务委员会'],
      date: '2012-08-02',
    });
  });

  it('reads a price bureau’s number with its class of matter, and joint bodies of one place named once', () => {
    const price = parsed(
      '福建省物价局关于福州铁路分局管外自备车服务费标准的批复\n(闽价[2000]商字295号 2000年8月7日)\n福州铁路分局:\n你局的函收悉。经研究,同意收费标准。\n',
    );
    expect(price.docNumber).toBe('闽价[2000]商字295号');
    const joint = parsed(
      '宁夏回族自治区物价局、财政厅关于调整标准情报资料部分收费标准的复函\n自治区质量技术监督局:\n你局的请示收悉。经研究,函复如下:\n',
    );
    expect(joint.issuers).toEqual(['宁夏回族自治区物价局', '宁夏回族自治区财政厅']);
    const ports = parsed(
      '廣東省商務廳 廣東海事局關于印發若干措施的通知\n各地級以上市人民政府:\n現將措施印發給你們,請認真貫徹執行。\n',
    );
    expect(ports.issuers).toEqual(['廣東省商務廳', '廣東海事局']);
  });

  it('places a table’s body by the title that opens with it, and takes no society for a body', () => {
    const placed = parsed(
      '发布机构 | 市场监督管理局 | 发文日期 | 2021-10-27 |\n发文单位 | 市场监督管理局 | 名 称 | 水磨沟区市场监督管理局食品安全监督抽检信息通告(2021年第3期) |\n根据有关规定,水磨沟区市场监督管理局对食用农产品进行抽检。\n',
    );
    expect(placed.issuers).toEqual(['水磨沟区市场监督管理局']);
    const rules = parsed('陕西省社会救助办法\n第一章 总则\n第一条 为了规范社会救助,制定本办法。\n');
    expect(rules.issuers).toEqual([]);
  });

  it('reads a shared file’s decree note, and a title with its handling code after it', () => {
    const shared = parsed(
      '《甘肃省城乡居民临时救助试行办法》(2009年11月27日甘肃省人民政府令第63号公布).docx\n《《甘肃省城乡居民临时救助试行办法》(2009年11月27日甘肃省人民政府令第63号公布).docx》由会员分享,可在线阅读。\n第一条 为完善社会救助体系,制定本办法。\n',
    );
    expect(shared).toMatchObject({
      docNumber: '甘肃省人民政府令第63号',
      issuers: ['甘肃省人民政府'],
      date: '2009-11-27',
    });
    const coded = parsed(
      '关于对建设公益性墓地的提案答复的函(编号:B〔2017〕062号)\n\n赵舒琪、陈弘毅委员:\n\n您提出的提案收悉。现答复如下:\n',
    );
    expect(coded).toMatchObject({ title: '关于对建设公益性墓地的提案答复的函', genre: '函' });
  });

  it('takes a reply’s issuer from its printing office, not from a release it cites', () => {
    const doc = parsed(
      '云民政法〔2019〕14号\n对云南省十三届人大二次会议\n余红梅等代表:\n您提出的建议已交我们研究办理,现答复如下。\n省委办公厅、省政府办公厅印发《关于充分发挥党员干部带头作用的意见》,要求推进殡葬改革。\n下一步,省民政厅将视情审批新公墓。\n2019年5月29日\n抄送:省人大常委会。\n云南省民政厅办公室 2019年5月29日印发\n',
    );
    expect(doc.issuers).toEqual(['云南省民政厅']);
  });

  it('reads a school that signs, a party committee’s department with its 中共, and a ministry named in full in a table', () => {
    const school = parsed(
      '关于中秋节、国庆节放假通知\n各办:\n现将放假的有关事项通知如下:\n1.中秋节放假两天。\n3.祝广大师生过一个平安祥和的中秋国庆双节。\n常州市武进区戴溪小学\n2015年9月23日\n',
    );
    expect(school.issuers).toEqual(['常州市武进区戴溪小学']);
    const party = parsed(
      '深圳市委组织部关于印发《关于进一步做好发展党员工作的若干意见》的通知\n各区委组织部:\n现将意见印发给你们,请认真执行。\n中共深圳市委组织部 2004年3月4日\n',
    );
    expect(party.issuers).toEqual(['中共深圳市委组织部']);
    const ministry = parsed(
      '发文机关:中华人民共和国住房和城乡建设部办公厅\n各省、自治区住房城乡建设厅:\n为贯彻落实有关要求,现将有关事项通知如下:\n',
    );
    expect(ministry.issuers).toEqual(['中华人民共和国住房和城乡建设部办公厅']);
  });

  it('reads the government or the department head that gives a report under a note over two lines', () => {
    const government = parsed(
      '关于邕宁区2020年上半年预算执行情况的报告\n\n——2020年7月30日在邕宁区第三届人民代表大会\n\n常务委员会第二十九次会议上\n\n南宁市邕宁区人民政府\n\n城区人大常委会:\n\n受城区人民政府的委托,现向城区人大常委会报告预算执行情况,请予审议。\n',
    );
    expect(government).toMatchObject({ issuers: ['南宁市邕宁区人民政府'], date: '2020-07-30' });
    const audit = parsed(
      '关于珠海市2020年度市本级预算执行和其他财政收支的审计工作报告\n\n——2021年7月29日在珠海市第九届人民代表大会\n\n常务委员会第四十一次会议上\n\n珠海市审计局局长  罗增庆\n\n主任、各位副主任、秘书长,各位委员:\n\n  我受市人民政府委托,向市人大常委会报告审计工作情况。\n',
    );
    expect(audit.issuers).toEqual(['珠海市审计局']);
  });

  it('takes a number and its comma, a site’s welcome and a shared file’s name without its extension off the title', () => {
    const comma = parsed(
      '苏政办发〔2016〕85号,江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见\n各市、县(市、区)人民政府:\n为依法保障农民工工资报酬权益,提出如下实施意见。\n',
    );
    expect(comma.title).toBe('江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见');
    const shared = parsed(
      '欢迎来到天天文库\n浏览记录\nID:7146247\n《关于开展“我们的节日·端午节”主题活动的通知》由会员上传分享,免费在线阅读。\n1、关于开展“我们的节日·端午节”主题活动的通知关于开展“我们的节日·端午节”主题活动的通知全市各区、各相关单位:“我们的节日”是传承中华传统文化的重要载体。端午节是中华民族的传统节日,现将有关事项通知如下:一、活动主题。\n',
    );
    expect(shared).toMatchObject({ title: '关于开展“我们的节日·端午节”主题活动的通知', addressees: '全市各区、各相关单位' });
    const quoted = parsed(
      '關于批準發布《中小企業專精特新 第1部分:評定準則》團體標準的公告\n各有關單位:\n為貫徹落實有關政策,中國中小企業協會批準發布團體標準。\n',
    );
    expect(quoted).toMatchObject({ title: '關于批準發布《中小企業專精特新第1部分:評定準則》團體標準的公告', genre: '公告' });
  });

  it('keeps a notice’s own title over the list it publishes by name, and reads 发出如下通告 for the genre', () => {
    const published = parsed(
      '江苏省政府办公厅关于公布江苏省第七批省级以上文物保护单位保护范围及建设控制地带的通知\n苏政办发〔2017〕45号\n各市、县(市、区)人民政府:\n《江苏省第七批省级以上文物保护单位保护范围及建设控制地带》已经省人民政府同意,现予公布。\n江苏省人民政府办公厅\n2017年3月16日\n',
    );
    expect(published.title).toBe('江苏省政府办公厅关于公布江苏省第七批省级以上文物保护单位保护范围及建设控制地带的通知');
    const untitled = parsed(
      '为有效防止清明节期间因上坟祭祀用火引发森林火灾,白沙镇向全镇居民朋友发出如下通告:\n一、严禁在林区野外用火。\n',
    );
    expect(untitled.genre).toBe('通告');
  });
});

describe('forms of the hundred-and-eightieth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads the notice a report quotes under its headline, and the title a repeal note runs into', () => {
    const quoted = parsed(
      '首页 / 新闻速递 / 正文\n\n广西壮族自治区农村电影公益放映监督管理工作制度\n\n对不少年轻网友来说,农村电影是童年的记忆。\n\n以下为《通知》和《制度》全文。\n\n自治区新闻出版广电局关于印发《广西农村电影公益放映监督管理工作制度》(试行)的通知(桂新广发〔2017〕7号)\n\n各市、县文新广局:\n\n现将制度印发给你们,请遵照执行。\n',
    );
    expect(quoted).toMatchObject({
      title: '自治区新闻出版广电局关于印发《广西农村电影公益放映监督管理工作制度》(试行)的通知',
      genre: '通知',
    });
    const repealed = parsed(
      '*注:本篇法规已被:甘肃省人民政府关于公布废止失效现行有效规范性文件目录的决定(发布日期:2010年12月3日)宣布失效甘肃省人民政府办公厅批转省广播电影电视局\n关于加强全省机关、企事业单位、\n社区有线广播电视网络管理工作意见的通知\n(甘政办发[2002]73号 2002年11月14日)\n各地行政公署:\n省广播电影电视局的意见已经省政府同意,现批转给你们,请认真组织实施。\n',
    );
    expect(repealed.title).toBe(
      '甘肃省人民政府办公厅批转省广播电影电视局关于加强全省机关、企事业单位、社区有线广播电视网络管理工作意见的通知',
    );
  });

  it('takes an archive’s date, an English version’s note, quotes, 全文, a table’s rule and an enumerator off a title', () => {
    const dated = parsed(
      '国务院批转国家计委《关于大型工业联营企业在国家计划中实行单列的暂行规定》的通知1987年4月2日\n国发〔1987〕28号\n各省、自治区、直辖市人民政府:\n国务院同意国家计委的暂行规定,现转发给你们,请遵照执行。\n',
    );
    expect(dated).toMatchObject({
      title: '国务院批转国家计委《关于大型工业联营企业在国家计划中实行单列的暂行规定》的通知',
      date: '1987-04-02',
    });
    const english = parsed(
      '国家税务总局关于下发《国家税务总局关于贯彻实施税收征管法若干问题的规定》的通知(附英文)\n国税发〔1993〕157号\n各省、自治区、直辖市税务局:\n现将规定下发给你们,请遵照执行。\n',
    );
    expect(english.title).toBe('国家税务总局关于下发《国家税务总局关于贯彻实施税收征管法若干问题的规定》的通知');
    const cell = parsed(
      '索引号: 8008/20241018-00001\n发布机构: 西盟县民政局\n名称: "西盟县民政局关于面向社会征集《西盟地名 命名采词库》的公告"\n文号: 主题词:\n为规范地名命名,现面向社会征集地名采词。\n',
    );
    expect(cell.title).toBe('西盟县民政局关于面向社会征集《西盟地名命名采词库》的公告');
    const whole = parsed('《宁波市生活垃圾分类管理条例》全文\n\n第一章 总则\n第一条 为了加强生活垃圾分类管理,制定本条例。\n');
    expect(whole).toMatchObject({ title: '宁波市生活垃圾分类管理条例', genre: '条例' });
    const ruled = parsed(
      '建城〔2019〕56号|住房和城乡建设部等部门关于在全国地级及以上城市全面开展生活垃圾分类工作的通知\n为深入贯彻有关精神,现就有关工作通知如下:\n',
    );
    expect(ruled).toMatchObject({
      title: '住房和城乡建设部等部门关于在全国地级及以上城市全面开展生活垃圾分类工作的通知',
      docNumber: '建城〔2019〕56号',
    });
    const listed = parsed(
      '凉山州自治条例\n⑴ 凉山彝族自治州城市市容和环境卫生管理条例\n第一章总则第一条为了加强城市市容和环境卫生管理,制定本条例。\n',
    );
    expect(listed.title).toBe('凉山彝族自治州城市市容和环境卫生管理条例');
    const law = parsed('法律依據:《浙江省生活垃圾管理條例》\n第壹條為了加強生活垃圾管理,制定本條例。\n');
    expect(law.title).toBe('浙江省生活垃圾管理條例');
  });

  it('takes no site’s name for a body and a table’s short name for the sign-off’s, and names a province’s office in full', () => {
    const site = parsed(
      '文号 | 宜政发[2014]93号 |\n制发机关 | 中国宜兴 |\n成文日期 | 2014-06-30 |\n和桥镇人民政府:\n你镇的请示收悉。经研究,同意命名。\n宜兴市人民政府\n2014年6月18日\n',
    );
    expect(site.issuers).toEqual(['宜兴市人民政府']);
    const short = parsed(
      '| 文號 | 宜政發[2011]66號 |\n| 制發機關 | 宜興人民政府 |\n丁蜀鎮人民政府:\n你們的請示收悉。經研究,同意命名。\n宜興市人民政府\n二○一一年四月十九日\n',
    );
    expect(short.issuers).toEqual(['宜興市人民政府']);
    const office = parsed(
      '廣東省人民政府辦公廳關于印發廣東省全面推行證明事項告知承諾制工作實施方案的通知\n各地級以上市人民政府,省政府各部門:\n現將方案印發給你們,請認真組織實施。\n省政府辦公廳\n2020年11月20日\n',
    );
    expect(office.issuers).toEqual(['廣東省人民政府辦公廳']);
  });

  it('prefers the head’s own title that names its place to the headline that leaves it off', () => {
    const doc = parsed(
      '奉贤区人民政府办公室关于印发《奉贤区优化营商环境行动方案》的通知\n\n字号:\n\n上海市奉贤区人民政府办公室关于印发《奉贤区优化营商环境行动方案》的通知\n\n各镇人民政府,区政府各部门:\n\n现将方案印发给你们,请认真按照执行。\n',
    );
    expect(doc.title).toBe('上海市奉贤区人民政府办公室关于印发《奉贤区优化营商环境行动方案》的通知');
    const decorated = parsed(
      '新乡长垣市关于实施交通管制的通告(长垣市交通管理局)\n关于实施交通管制的通告\n为保障道路交通安全,现通告如下:\n',
    );
    expect(decorated.title).toBe('关于实施交通管制的通告');
  });

  it('dates a 公告 by the day under its promulgating sentence, and a report by the note run on after its title', () => {
    const announced = parsed(
      '最高人民法院关于办理减刑、假释案件具体应用法律若干问题的规定\n\n(2011年11月21日最高人民法院审判委员会第1532次会议通过)\n\n法释〔2012〕2号\n\n中华人民共和国最高人民法院公告\n\n《最高人民法院关于办理减刑、假释案件具体应用法律若干问题的规定》已于2011年11月21日由最高人民法院审判委员会第1532次会议通过,现予公布,自2012年1月17日起施行。\n\n二○一二年一月十七日\n\n为正确适用刑法,制定本规定。\n',
    );
    expect(announced.date).toBe('2012-01-17');
    const report = parsed(
      '新华网北京3月19日电 最高人民检察院工作报告 ━━2006年3月11日在第十届全国人民代表大会第四次会议上\n最高人民检察院检察长 贾春旺\n各位代表:\n现在,我代表最高人民检察院向大会报告工作。\n',
    );
    expect(report).toMatchObject({ title: '最高人民检察院工作报告', date: '2006-03-11' });
  });

  it('reads a journal record’s 作者单位 as its issuer, and its abstract’s addressees, and no 本文简介 for addressees', () => {
    const journal = parsed(
      '国务院关于同意山东省撤销聊城地区设立地级聊城市的批复 |\n| |\n作者单位: | 国务院 |\n| |\n摘 要: | 山东省人民政府:你省《关于撤销聊城地区设立地级聊城市的请示》收悉。现批复如下: |\n',
    );
    expect(journal).toMatchObject({ issuers: ['国务院'], addressees: '山东省人民政府' });
    const brief = parsed(
      '长春市电影放映管理办法 本文简介:【发布单位】80705【发布文号】长府办发[1991]21号【发布日期】1991-03-19\n第一条 为加强电影放映管理,制定本办法。\n',
    );
    expect(brief.addressees).not.toBe('本文简介');
  });
});

describe('forms of the hundred-and-eighty-eighth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('names a joint decree’s issuers from its ministers, and finds its number in a headline or a bracket of its own', () => {
    const joint = parsed(
      '中华人民共和国交通运输部令2019年第29号|《危险货物道路运输安全管理办法》发布(附全文)\n文章来源:交通运输部\n《危险货物道路运输安全管理办法》已于2019年7月10日经第15次部务会议通过,现予公布,自2020年1月1日起施行。\n交通运输部部长 李小鹏\n工业和信息化部部长 苗圩\n公安部部长 赵克志\n国家市场监督管理总局局长 肖亚庆\n2019年11月10日\n危险货物道路运输安全管理办法\n第一章 总 则\n第一条 为了加强危险货物道路运输安全管理,制定本办法。\n',
    );
    expect(joint).toMatchObject({
      title: '危险货物道路运输安全管理办法',
      docNumber: '交通运输部令第29号',
      issuers: ['交通运输部', '工业和信息化部', '公安部', '国家市场监督管理总局'],
      date: '2019-11-10',
    });
    const bracketed = parsed(
      '(中華人民共和國交通運輸部令2023年第3號)\n《道路運輸車輛技術管理規定》已于2023年4月14日經第8次部務會議通過,現予公布,自2023年6月1日起施行。\n部長 李小鵬\n2023年4月24日\n道路運輸車輛技術管理規定\n第一章 總則\n第一條 為加強道路運輸車輛技術管理,制定本規定。\n',
    );
    expect(bracketed).toMatchObject({ docNumber: '交通運輸部令第3號', issuers: ['中華人民共和國交通運輸部'] });
    const row = parsed(
      '交通运输部关于修改《交通运输法规制定程序规定》的决定\n交通运输部关于修改《交通运输法规制定程序规定》的决定 交通运输部令2018年第41号 2018年11月27日 发布机关:交通运输部 |\n中华人民共和国交通运输部令\n《交通运输部关于修改〈交通运输法规制定程序规定〉的决定》已于2018年11月21日经第19次部务会议通过,现予公布。\n部长 李小鹏\n2018年11月27日\n',
    );
    expect(row.docNumber).toBe('交通运输部令第41号');
    // A single minister signs the decree its head names, with the state's name.
    const one = parsed(
      '中华人民共和国住房和城乡建设部令第42号\n《住房城乡建设部关于修改<建筑工程施工许可管理办法>的决定》已经2018年9月19日第4次部常务会议审议通过,现予发布。\n住房城乡建设部部长 王蒙徽\n2018年9月28日\n',
    );
    expect(one.issuers).toEqual(['中华人民共和国住房和城乡建设部']);
  });

  it('reads many ministries over a title, over a decree’s serial, or listed over lines ending in 、', () => {
    const masthead = parsed(
      '卫生健康委 发展改革委 中央宣传部 教育部 民政部 财政部 人力资源社会保障部 住房城乡建设部 人民银行 国资委 税务总局 医保局\n关于进一步完善和落实积极生育支持措施的指导意见\n国卫人口发〔2022〕26号\n各省、自治区、直辖市人民政府:\n为深入贯彻决定,现提出如下意见:\n',
    );
    expect(masthead.title).toBe('关于进一步完善和落实积极生育支持措施的指导意见');
    expect(masthead.issuers).toHaveLength(12);
    const listed = parsed(
      '民政部、中央政法委、中央网信办、\n发展改革委、工业和信息化部、\n农业农村部印发《关于深入推进\n智慧社区建设的意见》的通知\n民发〔2022〕29号\n各省、自治区民政厅:\n现将《意见》印发给你们,请认真贯彻执行。\n',
    );
    expect(listed).toMatchObject({
      title: '民政部、中央政法委、中央网信办、发展改革委、工业和信息化部、农业农村部印发《关于深入推进智慧社区建设的意见》的通知',
      issuers: ['民政部', '中央政法委', '中央网信办', '发展改革委', '工业和信息化部', '农业农村部'],
    });
    const army = parsed(
      '九江市人民政府九江军分区关于下发《九江市城市民兵训练经费保障办法》的通知\n九府发〔2004〕27号\n各县(市、区)人民政府、人民武装部:\n现将办法下发给你们,请认真遵照执行。\n',
    );
    expect(army.issuers).toEqual(['九江市人民政府', '九江军分区']);
  });

  it('takes a congress’s promulgation by 已由…会议于…通过, and a history note wrapped over lines under an amendment note', () => {
    const promulgated = parsed(
      '江苏省征兵工作条例\n《江苏省征兵工作条例》已由江苏省第十届人民代表大会常务委员会第十八次会议于2005年9月23日修订通过,现将修订后的《江苏省征兵工作条例》公布,自2005年10月15日起施行。\n2005年9月23日\n江苏省征兵工作条例\n第一章 总则\n第一条 为了加强国防建设,制定本条例。\n',
    );
    expect(promulgated).toMatchObject({ issuers: ['江苏省人民代表大会常务委员会'], date: '2005-09-23', genre: '条例' });
    const amended = parsed(
      '*注:本篇法规已被:河北省人大常委会关于修改部分法规的决定(发布日期:2010年7月30日,实施日期:2010年7月30日)修改河北省征兵工作条例\n(1994年9月2日河北省第八届人民代表大会\n常务委员会第九次会议通过\n1997年6月29日河北省第八届人民代表大会\n常务委员会第二十七次会议修改)\n第一章 总则\n第一条 根据《兵役法》,制定本条例。\n',
    );
    expect(amended).toMatchObject({
      title: '河北省征兵工作条例',
      issuers: ['河北省人民代表大会常务委员会'],
      date: '1997-06-29',
      genre: '条例',
    });
  });

  it('reads past a page’s clutter: Markdown images, hot searches, forum buttons, posting times and junk marks', () => {
    const images = parsed(
      '![]() | ![]() 关于2019年“中国留学人员回国创业启动支持计划”申报工作的通知来源:西安高新区创业园发展中心发布时间:2018-11-15 14:27 各留学生企业: 根据《关于2019年中国留学人员回国创业启动支持计划申报工作的通知》(人社厅函[2018]266号)的要求,今年人力资源和社会保障部继续开展“中国留学人员回国创业启动支持计划”,现将有关申报事项通知如下: 一、申报条件 申报留学人员回国创业启动支持计划需同时具备以下条件: (一)申报人应为申报企业的法定代表人,具有留学经历,一般应在国(境)外获得硕士(含)以上学位; (二)拥有自主知识产权或发明专利,技术创新性强,具有较强市场潜力; (三)熟悉相关领域和国际规则,有经营管理能力,有海外自主创业经验者优先考虑; (四)企业注册时间不早于2016年1月1日; (五)申报人出资额占企业注册资本的50%以上; (六)已获得国家“千人计划”项目资助的人才不纳入本计划资助范围。本计划往年入选人员不得再次申报。 二、申报材料要求 (一)申请人(企业)请使用“留学人员回国服务管理信息系统”(统”(http://ptpm.mohrss.gov.cn:8080/)进行/)进行网上申报。请符合条件的申报人(企业)与西安留学人员创业园(邹云龙:029-81882289)联系索取账户和密码。 (二)同时请申请人提交纸质申报材料(一式三份)并加盖公章,纸质材料可直接从网上申报系统导出。 三、注意事项 网上申报系统照片栏中必须要有照片,照片选用1寸标准照,分辨率295*413,小于20KB。 四、申报时间及要求 请符合条件企业收到本通知后积极组织申报工作,高新区留学人员企业统一报至创业园,由创业园初步审核盖章后上报。 材料申报截止时间: (一)账户和密码索取截止时间:2018年11月22日。\n',
    );
    expect(images).toMatchObject({
      title: '关于2019年“中国留学人员回国创业启动支持计划”申报工作的通知',
      addressees: '各留学生企业',
    });
    const hot = parsed(
      '推广 热搜: 民法  工伤  人民法院  刑法  民法典  公安  物业管理\n\n公安机关办理行政案件程序规定\n\n(2003年8月26日公安部令第68号公布)\n\n第一章 总则\n\n第一条 为了规范公安机关办理行政案件程序,制定本规定。\n',
    );
    expect(hot).toMatchObject({ title: '公安机关办理行政案件程序规定', docNumber: '公安部令第68号', date: '2003-08-26' });
    const forum = parsed(
      '查看: 3758|回復: 1\n打印 上一主題 下一主題\n\n[政府公告] 中華人民共和國農業部令第48號\n\n中華人民共和國農業部令\n第48號\n《草畜平衡管理辦法》業經2005年1月7日農業部第2次常務會議審議通過,現予公布。\n部長:杜青林\n二OO五年一月十九日\n草畜平衡管理辦法\n第一條 為了保護草原,制定本辦法。\n',
    );
    expect(forum).toMatchObject({ title: '草畜平衡管理辦法', docNumber: '農業部令第48號', genre: '办法' });
    const byline = parsed(
      '退役军人事务部 中央军委政治工作部 全国双拥办关于做好新年春节期间拥军优属拥政爱民工作的通知\n\n2025-12-24 09:12:23?作者:?来源:退役军人事务部  责任编辑:卓志沐\n\n2026年新年春节将至。各地各部队要扎实做好拥军优属工作。\n',
    );
    expect(byline.date).toBeNull();
    const junk = parsed(
      '重慶市人民政府辦公廳關於▂印發重慶市2022年高層建築消防安全綜合治◥理工作方案的通知\n渝府辦發〔2022〕45號\n各區縣(自治縣)人民政府:\n現將方案印發給你們,請認真貫徹執行。\n',
    );
    expect(junk.title).toBe('重慶市人民政府辦公廳關於印發重慶市2022年高層建築消防安全綜合治理工作方案的通知');
  });

  it('reads a title run into its first sentence, a table’s widely spaced labels, and no division for the issuer', () => {
    const runOn = parsed(
      '关于国道220养护施工绕行的通告因国道220进行养护施工需要,为确保施工期间道路交通安全,依照《中华人民共和国道路交通安全法》及《中华人民共和国公路法》有关规定,决定对国道220界岭村至干鱼咀段实施封闭施工,现将有关事项通告如下:\n施工路段\n国道220界岭村至干鱼咀\n特此通告。\n蕲春县公安局交通警察大队\n2024年5月6日\n',
    );
    expect(runOn).toMatchObject({ title: '关于国道220养护施工绕行的通告', genre: '通告', date: '2024-05-06' });
    const table = parsed(
      '发 布 机 构: 综合处 发 文 日 期: 2020-11-02\n标          题: 关于加快推进电子证照应用的通知 主   题   词:\n文          号: 苏协调办〔2020〕27号\n\n关于加快推进电子证照应用的通知\n\n省各相关部门:\n\n为按时完成试点工作,现通知如下:\n',
    );
    expect(table).toMatchObject({ docNumber: '苏协调办〔2020〕27号', issuers: [], date: '2020-11-02' });
    const colonless = parsed(
      '关于印发2020年度民兵组织整顿工作安排的通知\n\n各村委会,民兵连\n\n根据上级关于民兵组织整顿工作指示,结合我乡实际,现将有关事项明确如下:\n\n一、指导思想\n',
    );
    expect(colonless.addressees).toBe('各村委会,民兵连');
    const misdated = parsed(
      '关于调整介休市公租房租赁补贴发放标准的公告\n为贯彻落实指导意见,对我市标准进行调整,具体如下:\n标准\n介休市保障性住房建设领导组办公室\n2019年3月11月\n',
    );
    expect(misdated.issuers).toEqual(['介休市保障性住房建设领导组办公室']);
  });
});

/** A page salted against copying, as a site serves it (set 197). */
const SALTED_TEXT =
  "关于阆中永安寺地震灾后抢救保护工程立项的批复\n\n日期:2015-10-10     浏览:9    评论:0     标签:\n核心提示:文物保函〔2009〕56号四川省文物管理局: 你局《关于申请阆中张桓侯祠地震灾后抢救保护工程立项的请示》(川文物保〔2008〕156号)收悉。经研究,我局批复如下: 一、同意阆中永安寺地震灾后抢救保护工程\n中国古建筑营造网*kQBa\\'|$Q1K9? mm\n\n文物保函〔2009〕56号\n\nq9Q*d`(Q8LY8@e8Q0\n\n^9UTEK~*Y9b#Z0四川省文物管理局:\n\n:}&}G4h7U!S!s3t0\n\n*y+CL1{R0Kf%r g0  你局《关于申请阆中张桓侯祠地震灾后抢救保护工程立项的请示》(川文物保〔2008〕156号)收悉。经研究,我局批复如下:\n\n!Br%m6}D$z(i,z9kr0\n\nC0s A:}c6Vj:Rm0  一、同意阆中永安寺地震灾后抢救保护工程立项。中国古建筑营造网#Ja5~A6s@p`G0d9|6M\n\nX7}g'hZ4Y0  二、请你局组织具有相应资质的专业单位,按照《文物保护工程管理办法》、《文物保护工程审批管理暂行规定》等有关规定,编制维修方案并履行报批手续,将工程项目主要内容、审核意见和结论报我局备案。工程应遵循“最少干预”和“不改变文物原状”等原则,保护文物及其历史环境的真实性和完整性。中国古建筑营造网)GZI_6S? N\n\n中国古建筑营造网6Zi}(LS2AK~\n\n  专此。\n\nb}4m}}f3U^0 中国古建筑营造网hH*UT)brll~+Cj\n\n                             国家文物局\n\n@ gA d)g)Z0\n\n3uCZ])U0                          二○○九年一月十四日中国古建筑营造网fn x;`;[o6hpo\n\n";

describe('forms of the hundred-and-ninety-sixth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads a page salted with random ASCII and its site’s name against copying', () => {
    const salted = parsed(SALTED_TEXT);
    expect(salted).toMatchObject({
      title: '关于阆中永安寺地震灾后抢救保护工程立项的批复',
      docNumber: '文物保函〔2009〕56号',
      issuers: ['国家文物局'],
      date: '2009-01-14',
      genre: '批复',
      addressees: '四川省文物管理局',
    });
    expect(canonicalText(SALTED_TEXT)).not.toMatch(/营造网|q9Q/);
    // A page with a few runs of ASCII is no salted page: its text stays as it is.
    const plain = '关于印发《方案》的通知\n各单位:\n请登录 https://www.gov.cn/a_b-c.html 查看 (A-1) 与 (B-2) 附表。\n';
    expect(canonicalText(plain)).toBe(plain);
  });

  it('files a reply letter as a 函, a plan’s outline as a 规划, and a reply by what it answers before the quoted topic', () => {
    expect(
      parsed(
        '镇康县农业农村局关于对镇康县第十八届人民代表大会第四次会议代表第0038号建议的答复函\n李明代表:\n您提出的建议收悉。现答复如下:\n',
      ).genre,
    ).toBe('函');
    expect(parsed('正镶白旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n第一章 发展基础\n').genre).toBe('规划');
    expect(
      parsed(
        '区政协八届二次会议第77号提案的答复函《关于在汤水冬鱼度假区做强我区旅游业配套基础设施的建议》\n张委员:\n您提出的提案收悉。\n',
      ).genre,
    ).toBe('函');
  });

  it('takes the title and number from the document’s own file linked at the end of a page that lost its head', () => {
    const file = parsed(
      '各有关单位:\n经有关单位申请、相关行业主管部门推荐,我局组织专家评审,确定252个项目列入2019年度第1批湖南省地方标准制修订项目计划(详见附件)。现就有关事项通知如下:\n一、行业主管部门应加强标准制定的协调。\n湖南省市场监督管理局\n2019年3月27日\n湖南省市场监督管理局关于公布2019年度第1批地方标准制修订项目计划的通知(湘市监办字〔2019〕59号).pdf\n',
    );
    expect(file).toMatchObject({
      title: '湖南省市场监督管理局关于公布2019年度第1批地方标准制修订项目计划的通知',
      docNumber: '湘市监办字〔2019〕59号',
      date: '2019-03-27',
    });
    // Not the file of a document the text forwards.
    const forwarded = parsed(
      '各县(区)人力资源和社会保障局:\n现将《广东省人力资源和社会保障厅关于公布缴费基数有关问题的通知》转发给你们,请遵照执行。\n阳江市人力资源和社会保障局\n2023年7月3日\n广东省人力资源和社会保障厅关于公布缴费基数有关问题的通知(粤人社发〔2023〕22号).pdf\n',
    );
    expect(forwarded.docNumber).toBeNull();
  });

  it('reads a table’s lone 生成日期, a label whose spaces became question marks, and a numbers’ spacing', () => {
    const generated = parsed(
      '关于政协十三届全国委员会第一次会议第4087号提案答复的函\n\n索引号\n\n000019174/2018-00459\n\n发文字号\n\n自然资协提复字〔2018〕第48号\n\n发布机构\n\n自然资源部\n\n生成日期\n\n2018年08月29日\n\n郑建闽委员:\n\n您提出的提案收悉。\n',
    );
    expect(generated.date).toBe('2018-08-29');
    const glossed = parsed(
      '索 ?引 ?號:000014349/2021-00087主題分類:國民經濟管理發文機關:國務院成文日期:2021年09月23日標 題:國務院關于“十四五”特殊類型地區振興發展規劃的批復發文字號:國函〔2021〕98號發布日期:2021年10月08日主 ?題 ?詞:\n國務院關于“十四五”特殊類型地區振興發展規劃的批復\n各省、自治區、直轄市人民政府:\n國家發展改革委《關于報請審批規劃的請示》收悉。現批復如下:\n',
    );
    expect(glossed).toMatchObject({ date: '2021-09-23', docNumber: '國函〔2021〕98號' });
    const spaced = parsed(
      '新昌县建筑业管理局关于印发《新昌县建筑工程质量通病防治导则》的通知 建管字 [2008] 第 24号\n各有关单位:\n现将《导则》印发给你们,请认真贯彻执行。\n新昌县建筑业管理局\n二 OO八年九月二十五日\n',
    );
    expect(spaced).toMatchObject({ docNumber: '建管字〔2008〕第24号', date: '2008-09-25' });
    const lostZero = parsed(
      '國務院關于印發全國現代農業發展規劃的通知\n國發〔2012〕4號\n各省、自治區、直轄市人民政府:\n現將規劃印發給你們,請認真貫徹執行。\n國務院\n二 一二年一月十三日\n',
    );
    expect(lostZero.date).toBe('2012-01-13');
  });

  it('takes no neighbouring page’s link, aggregator tag, 公示 or 布局 for the title or the issuer', () => {
    const neighbours = parsed(
      '关于请调查西长安街清真寺遗存等历史建筑保护情况的函\n办保函〔2009〕237号\n北京市文物局:\n近期有关专家致函我局,现将有关材料转你局,请及时调查。\n国家文物局\n二○○九年四月二十七日\n上一篇:关于北京钟鼓楼地面及楼梯修缮工程方案的批复\n',
    );
    expect(neighbours).toMatchObject({
      title: '关于请调查西长安街清真寺遗存等历史建筑保护情况的函',
      genre: '函',
      issuers: ['国家文物局'],
    });
    const tagged = parsed(
      '四川泸州泸州市生态环境局关于暂不予审批玉砂玻璃项目环境影响报告表的函\n泸州正铠科技有限责任公司:\n你公司报送的报告表收悉。\n',
    );
    expect(tagged).toMatchObject({
      title: '泸州市生态环境局关于暂不予审批玉砂玻璃项目环境影响报告表的函',
      issuers: ['泸州市生态环境局'],
    });
    const notice = parsed(
      '博环管字〔2021〕61号关于博白工业供水厂建设项目环境影响报告表的批复公示\n博白县水务局:\n你单位报送的报告表收悉。经研究,批复如下:\n',
    );
    expect(notice).toMatchObject({ title: '关于博白工业供水厂建设项目环境影响报告表的批复', genre: '批复' });
    const layout = parsed('全国流通节点城市布局规划(2015-2020年)\n一、规划背景\n');
    expect(layout).toMatchObject({ issuers: [], genre: '规划' });
    const placed = parsed(
      '发布机构: | 青阳县卫生健康委员会 | 主题分类: | 卫生、体育 |\n名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |\n2023年,县卫生健康委坚持以习近平新时代中国特色社会主义思想为指导,推进卫生健康事业高质量发展。\n一、工作开展情况\n',
    );
    expect(placed.issuers).toEqual(['青阳县卫生健康委员会']);
  });
});

describe('forms of the two-hundred-and-fourth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads a sharing site’s copy: its file name, page images, upload line, name and the title printed twice', () => {
    const shared = parsed(
      '1 / 7\n文档名称:\n\n贵州省殡葬管理条例.doc\n\n格式:doc   大小:32KB   页数:7页\n\n贵州省殡葬管理条例.doc\n\n上传人:840122949 2018/3/6 文件大小:32 KB\n\n下载得到文件列表\n\n贵州省殡葬管理条例第一章总则第一条为了加强殡葬管理,推进殡葬改革,制定本条例。\n',
    );
    expect(shared).toMatchObject({ title: '贵州省殡葬管理条例', genre: '条例', date: null });
    const paged = parsed(
      'XX县农村危房改造实施方案.doc\n\n上传人:xg****9 文档编号:5324830 上传时间:2021-02-17 格式:DOC 页数:8 大小:29.50KB\n下载 相关 举报\nXX县农村危房改造实施方案.doc_第1页\n第1页 / 共8页\nXX县农村危房改造实施方案.doc_第2页\n第2页 / 共8页\n为切实做好农村危房改造工作,结合我县实际,制定本方案。一、指导思想\n',
    );
    expect(paged).toMatchObject({ title: 'XX县农村危房改造实施方案', genre: '方案', date: null });
    const twice = parsed(
      '精选优质文档-倾情为你奉上乡镇环境整治工作方案 乡镇环境整治工作方案各村、企事业单位党支部,镇机关各办党支部:为进一步改善镇村环境面貌,争创市卫生镇,根据余党13号文件精神,现就我镇环境整治活动提出如下实施意见:一、指导思想以邓小平理论和“三个代表”重要思想为指导,认真贯彻落实党的十六大精神,推进全镇环境整治工作全面开展。\n',
    );
    expect(twice.title).toBe('乡镇环境整治工作方案');
    const named = parsed(
      '腾讯文库关于开展交通沿线和旅游景点乡镇环境卫生综合整治管理工作的实施方案\n为进一步加强集镇文明创建工作,扎实推进环境卫生管理工作,制定本方案。\n',
    );
    expect(named.title).toBe('关于开展交通沿线和旅游景点乡镇环境卫生综合整治管理工作的实施方案');
    const ruled = parsed(
      '黃石市最低生活保障審核確認_第1頁\n黃石市最低生活保障審核確認_第2頁\n已閱讀5頁,還剩15頁未讀, 繼續免費閱讀\n\n文檔簡介\n\n黃石市最低生活保障審核確認實施細則(征求意見稿)總則第一條為規范最低生活保障審核確認工作,根據國務院《社會救助暫行辦法》(國務院令649號)和民政部《最低生活保障審核審批確認辦法》,結合本市實際,制定本細則。第二條本細則適用於本市。\n',
    );
    expect(ruled).toMatchObject({ title: '黃石市最低生活保障審核確認實施細則(征求意見稿)', genre: '细则' });
  });

  it('reads markup pasted into a text file whole, with the title over its first paragraph', async () => {
    const bytes = Buffer.from(
      '关于执行县城区污水处理收费标准及开征 乡镇污水处理费的通知\n<p style="line-height:150%"><span style="font-size: 18px;">各镇人民政府,各供水企业、污水处理企业:</span></p><p style="text-indent: 2em;"><span>根据大英县发展和改革局《关于调整县城区及开征乡镇污水处理费标准的通知》(大发改发〔</span><span>2018</span><span>〕143号)文件精神,经县政府同意,2024年7月1日起执行调整后的污水处理费标准,同时按文件标准开征各乡镇污水处理费。</span></p><p>&nbsp;</p><p>附件:大英县污水处理收费标准调整表</p>\n',
    );
    const extracted = await extractText(bytes, 'pasted.txt');
    expect(parsePolicy(extracted.text, extracted)).toMatchObject({
      title: '关于执行县城区污水处理收费标准及开征乡镇污水处理费的通知',
      genre: '通知',
      addressees: '各镇人民政府,各供水企业、污水处理企业',
    });
  });

  it('reads a repost’s lead that reports the release after the clauses of its purpose, or with the title unquoted', () => {
    expect(
      reportedRelease([
        '为深入推进常态化扫黑除恶斗争,依法惩处黑恶势力犯罪,维护社会安定,保护人民群众生命财产安全,最高人民法院、最高人民检察院、公安部、司法部近日联合发布《关于敦促涉黑涉恶在逃人员投案自首的通告》。',
      ]),
    ).toEqual({
      issuers: ['最高人民法院', '最高人民检察院', '公安部', '司法部'],
      title: '关于敦促涉黑涉恶在逃人员投案自首的通告',
    });
    expect(reportedRelease(['浙江省人民政府办公厅27日发布关于延迟企业复工和学校开学的通知,通知全文如下。'])).toEqual({
      issuers: ['浙江省人民政府办公厅'],
      title: '关于延迟企业复工和学校开学的通知',
    });
  });

  it('reads a ministry’s rules adopted by its meeting, a year before the code with its branch, and a posting date in brackets', () => {
    const adopted = parsed(
      '中華人民共和國漁業船員管理辦法\n《中華人民共和國漁業船員管理辦法》已經2014年5月4日農業部第4次常務會議審議通過,現予公佈,自2015年1月1日起施行。\n部長:韓長賦\n2014年5月23日\n第一章 總則\n第一條 為加強漁業船員管理,制定本辦法。\n',
    );
    expect(adopted).toMatchObject({ issuers: ['農業部'], date: '2014-05-23', genre: '办法' });
    const termed = parsed(
      '陽江市水上交通安全管理辦法\n《陽江市水上交通安全管理辦法》已經2019年3月1日第八屆陽江市人民政府第38次常務會議通過,現予公佈。\n第一條 為加強水上交通安全管理,制定本辦法。\n',
    );
    expect(termed.issuers).toEqual(['陽江市人民政府']);
    const early = parsed(
      '關於漁船統一編號的通知\n(75)農林(漁)字第34號\n1975年4月18日\n漁船統一編號,對於組織生產均有積極意義。現將漁船統一編號問題通知如下,請貫徹實施。\n',
    );
    expect(early).toMatchObject({ docNumber: '〔75〕農林(漁)字第34號', date: '1975-04-18' });
    const bracketed = parsed(
      '关于同意举办第32届华东进出口商品交易会的通知\n发布日期(2024-01-29)\n沪清组展会函〔2024〕2号\n上海市商务委员会\n《上海市商务委员会关于举办交易会的请示》(沪商贸发便〔2024〕25号)收悉。经研究,同意举办。\n',
    );
    expect(bracketed.addressees).toBe('上海市商务委员会');
  });

  it('reads an interpretation by its label or its interpreter, keeping a label that alone says what the page is', () => {
    const labelled = parsed(
      '当前位置: 首页>>政策解读>>文字解读>>正文\n文字解读:临沭县创建省级全域旅游示范区工作方案\n一、起草背景\n为加快全域旅游发展,制定本方案。\n',
    );
    expect(labelled).toMatchObject({ title: '文字解读:临沭县创建省级全域旅游示范区工作方案', genre: '解读' });
    const tagged = parsed(
      '标题: 【文稿解读】2021年张店区文化和旅游惠民消费季实施方案\n发文日期: 2021-09-07 发布机构: 张店区文化和旅游局\n一、出台背景\n为激发文化和旅游消费潜力,举办消费季。\n',
    );
    expect(tagged).toMatchObject({ title: '【文稿解读】2021年张店区文化和旅游惠民消费季实施方案', genre: '解读' });
    const redundant = parsed(
      '【文字解读】《莱山区“十四五”教育事业发展规划》的解读\n一、编制背景\n为推进教育现代化,编制本规划。\n',
    );
    expect(redundant).toMatchObject({ title: '《莱山区“十四五”教育事业发展规划》的解读', genre: '解读' });
    const interpreter = parsed(
      '解读《红河州加快推进产业扶贫实施意见及三个配套实施方案》\n2018年1月20日,红河州人民政府印发了《红河州加快推进产业扶贫实施意见》。\n',
    );
    expect(interpreter.genre).toBe('解读');
  });
});

describe('forms of the two-hundred-and-twelfth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads answers to the press as a 解读 by the bodies that answer, under a site’s banner or a news dateline', () => {
    const bannered = parsed(
      '盘锦市医疗保障局\n\n司法部、国家医疗保障局负责人就《医疗保障基金使用监督管理条例》答记者问\n\n发布时间:2021-03-05 浏览次数:143\n\n2021年1月15日,国务院总理李克强签署第735号国务院令,公布《医疗保障基金使用监督管理条例》。\n问:请简要介绍一下《条例》的出台背景。\n答:医疗保障基金是人民群众的“看病钱”“救命钱”。\n',
    );
    expect(bannered).toMatchObject({
      title: '司法部、国家医疗保障局负责人就《医疗保障基金使用监督管理条例》答记者问',
      issuers: ['司法部', '国家医疗保障局'],
      genre: '解读',
    });
    const datelined = parsed(
      '新华社北京3月17日电题:加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就关于加强生态环境分区管控的意见答记者问\n新华社记者\n问:意见出台的背景是什么?\n答:生态环境分区管控是一项环境管理制度。\n',
    );
    expect(datelined).toMatchObject({
      title: '加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就关于加强生态环境分区管控的意见答记者问',
      issuers: ['生态环境部'],
      genre: '解读',
    });
  });

  it('takes no sharing site’s buttons, counts or slogan for the title', () => {
    const previewed = parsed(
      '市教育局2022年工作要点\nVIP专免\n999+\n29.51KB\n24 页\n海报\n侵权投诉\n市教育局 2022 年工作要点\n2022 年是全面实施“十四五”规划的关键之年。\n',
    );
    expect(previewed).toMatchObject({ title: '市教育局2022年工作要点', issuers: ['市教育局'], genre: '要点' });
    const carted = parsed(
      '购物车\n我的足迹\n\n局机关内部保密制度\n\n加入Vip免费下载 立即下载\n为切实加强保密工作,制定本制度。\n',
    );
    expect(carted.title).toBe('局机关内部保密制度');
    // (A whole page's copy: the title is found only in a text long enough to be parted at its marks.)
    const page = fs.readFileSync(
      new URL('../fixtures/real-forms-216/15_chengdu-tech-contract-registration-service-guide-docshare.txt', import.meta.url),
      'utf8',
    );
    const slogan = parsed(page);
    expect(slogan).toMatchObject({ title: '成都市技术合同认定登记办事指南', genre: '指南' });
  });

  it('parts joint bodies named by their level, and reads a sign-off after the contacts and before a news site’s lists', () => {
    const joint = parsed(
      '省教育厅省财政厅关于开展2017年教师国家级培训计划项目遴选工作的通知\n黔教师发〔2017〕73号\n各市(州)教育局:\n现将有关事项通知如下。\n',
    );
    expect(joint.issuers).toEqual(['省教育厅', '省财政厅']);
    const contacts = parsed(
      '关于加强中秋节、国庆节放假期间值班工作的通知\n各街道办事处、区政府各部门:\n节日期间要切实加强值班工作。\n联系电话:88150313\n传真:88580908\n历下区人民政府办公室\n相关专题: 济南历下\n相关新闻:\n频道推荐\n',
    );
    expect(contacts.issuers).toEqual(['历下区人民政府办公室']);
    const misprinted = parsed(
      '安徽省人民政府办公厅关于做好今冬明春农田水利基本建设工作的通知\n各市、县人民政府:\n现将有关事项通知如下。\n安徽省人民府办公厅\n二〇〇八年十月二十日\n',
    );
    expect(misprinted.issuers).toEqual(['安徽省人民政府办公厅']);
    const partyGroup = parsed('中共辽宁省机关事务管理局党组工作细则(试行)\n第一章 总则\n第一条 为加强党组建设,制定本细则。\n');
    expect(partyGroup.issuers).toEqual(['中共辽宁省机关事务管理局党组']);
  });

  it('reads a spaced genre that lost a space, a 计划单列市 among the addressees and a title’s own number in brackets', () => {
    const spaced = parsed(
      '長治市應急管理局\n關于做好2022年應急管理工作的\n通 ? 知\n\n各縣、區應急管理局:\n2022年是規劃的第二年。\n',
    );
    expect(spaced).toMatchObject({ title: '長治市應急管理局關于做好2022年應急管理工作的通知', genre: '通知' });
    const cities = parsed(
      '国家工商行政管理总局关于加强元旦、春节市场监管确保消费安全的紧急通知 各省、自治区、直辖市及计划单列市工商行政管理局: 2006年元旦、春节即将来临。为了切实维护节日市场秩序和消费者的合法权益,保障节日市场繁荣稳定,现就加强元旦、春节市场监管工作紧急通知如下: 一、加强以食品为重点的商品市场监管,加大打假工作力度,确保节日消费安全。\n',
    );
    expect(cities.addressees).toBe('各省、自治区、直辖市及计划单列市工商行政管理局');
    const bracketed = parsed(
      '天津市人民政府关于黄崖关长城风景名胜区总体规划(2020-2035年)的批复(津政函(2022) 55号)蓟州区人民政府:你区关于报审黄崖关长城风景名胜区总体规划的请示收悉。经研究,批复如下。一、原则同意。\n',
    );
    expect(bracketed).toMatchObject({ docNumber: '津政函〔2022〕55号', addressees: '蓟州区人民政府', genre: '批复' });
  });

  it('gives a draft put out for comment no 意见 of its own, and an order its 此令', () => {
    const draft = parsed(
      '为了增强立法的公开性和透明度,现将《规章制定程序条例(修订草案征求意见稿)》全文公布,征求社会各界意见。有关单位和各界人士可以通过以下方式提出意见。\n国务院法制办公室\n2017年4月25日\n',
    );
    expect(draft.genre).toBeNull();
    expect(draft.title).not.toContain('关于了');
    const order = parsed(
      '各专署、市、县人民政府:\n兹将政务院指示转发你们,希即遵照执行。\n此令\n山东省人民政府\n一九五〇年三月五日\n',
    );
    expect(order.genre).toBe('命令');
  });

  it('reads a congress 公告’s number run on in numerals a digit each, and a Suzhou number as no province’s', () => {
    const notice = parsed(
      '深圳市第六屆人民代表大會常務委員會公告第二一九號\n《深圳經濟特區優化營商環境條例》經深圳市第六屆人民代表大會常務委員會第四十五次會議於2020年10月29日通過,現予公布。\n深圳市人民代表大會常務委員會\n2020年11月5日\n',
    );
    expect(notice).toMatchObject({ docNumber: '深圳市第六屆人民代表大會常務委員會公告第219號', genre: '公告' });
    expect(normaliseDocNumber('公告第一百零五号')).toBe('公告第105号');
    const suzhou = parsed('关于促进楼宇经济高质量发展的实施意见\n苏府〔2022〕75号\n为促进楼宇经济高质量发展,提出如下意见。\n');
    expect(suzhou.issuers).toEqual([]);
  });

  it('reads through marks scattered between the words, and a repost’s lead that quotes the title', () => {
    const marked = parsed(
      '各市@@@@、县委@@,各市@@@@、县政府@@,省委和省级国家机关各部门@@@@,各人民团体@@:\n《关于支持县域经济高质量发展的接续@@政策措施@@》已经省委@@、省政府@@同意@@,现印发给你们@@,请结合实际认真贯彻落实@@@@。\n中共陕西省委办公厅@@\n陕西省人民政府办公厅@@\n2023年@@8月@@4日@@\n',
    );
    expect(marked).toMatchObject({
      issuers: ['中共陕西省委办公厅', '陕西省人民政府办公厅'],
      date: '2023-08-04',
      addressees: '各市、县委,各市、县政府,省委和省级国家机关各部门,各人民团体',
    });
    const quoted = parsed(
      '撤镇设街!福州市长乐区文武砂镇行政区划获批调整!\n福州资讯助手1 2021-04-12 16:57:39\n近日,福建省人民政府门户网站发布关于“福建省人民政府关于福州市长乐区文武砂镇行政区划调整的批复“。内容指出,经研究,同意撤销文武砂镇。\n具体内容如下:\n福州市人民政府:\n你市的请示收悉。经研究,批复如下。\n福建省人民政府\n2021年4月9日\n',
    );
    expect(quoted).toMatchObject({ title: '福建省人民政府关于福州市长乐区文武砂镇行政区划调整的批复', genre: '批复' });
  });
});

describe('forms of the two-hundred-and-twenty-eighth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads a body that interprets another’s document, and bodies counted after their names', () => {
    const interpreting = parsed(
      '湖南省民政廳解讀《湖南省人民政府辦公廳轉發省民政廳等單位<關于加強低收入人口動態監測做好分層分類社會救助工作的實施意見>的通知》\n近日,省人民政府辦公廳轉發了《實施意見》。現將有關內容解讀如下:\n一、起草背景\n',
    );
    expect(interpreting).toMatchObject({ issuers: ['湖南省民政廳'], genre: '解读' });
    expect(
      reportedRelease([
        '近日,宣城市住房和城鄉建設局、宣城市財政局、宣城市自然資源和規劃局三部門聯合印發《進一步促進市區房地產市場平穩健康發展措施》。',
      ]),
    ).toEqual({
      issuers: ['宣城市住房和城鄉建設局', '宣城市財政局', '宣城市自然資源和規劃局'],
      title: '進一步促進市區房地產市場平穩健康發展措施',
    });
  });

  it('takes a plan a place is reported to have issued for the title, and no short subject for its issuer', () => {
    expect(
      reportedRelease(['湖南日前出台《湖南省提振消费专项行动方案》提出,2025年全省社会消费品零售总额增长5.5%以上。']),
    ).toEqual({
      issuers: [],
      title: '湖南省提振消费专项行动方案',
    });
  });

  it('takes what a reply answers for no title, and no conditions or counts for addressees', () => {
    const reply = parsed(
      '人社建字〔2024〕82号\n您提出的关于加快推进新就业形态劳动者权益保障立法的建议收悉,经商国家发展改革委,现答复如下:\n一、关于健全新就业形态劳动者权益保障制度\n',
    );
    expect(reply).toMatchObject({ genre: '答复', docNumber: '人社建字〔2024〕82号' });
    expect(reply.title).not.toContain('您提出');
    const guide = parsed(
      '就业困难人员社会保险补贴(灵活就业)申领指南\n一、申领条件\n同时具备下列条件的劳动者,可以申请就业困难人员社会保险补贴:\n(一)在本区登记失业。\n',
    );
    expect(guide.addressees).toBeNull();
    const report = parsed(
      '长桥乡2019年政府信息公开年度工作报告\n一、总体情况\n主动公开长桥乡人民政府信息57条:\n其中政策文件5条。\n',
    );
    expect(report.addressees).toBeNull();
    const headline = parsed(
      '河北省委省政府出台实施意见:做好2022年全面推进乡村振兴重点工作\n2022-04-07 10:34:55 作者:贾宏博 来源: 长城网\n2022年1月25日,河北省委、省政府出台《关于做好2022年全面推进乡村振兴重点工作的实施意见》,全文如下。\n做好2022年“三农”工作,要以习近平新时代中国特色社会主义思想为指导。\n',
    );
    const glued = parsed(
      '涼山州人民政府信息公開辦公室關于做好2013年政府信息公開工作年度報告編制和發布工作的通知涼府公開辦函〔2014〕1號各縣市政府辦,州政府各部門:根據《中華人民共和國政府信息公開條例》規定,現就做好2013年政府信息公開工作年度報告編制和發布工作有關事項通知如下:一、報告內容要全面。\n',
    );
    expect(glued).toMatchObject({ docNumber: '涼府公開辦函〔2014〕1號', addressees: '各縣市政府辦,州政府各部門' });
    expect(headline).toMatchObject({
      addressees: null,
      title: '关于做好2022年全面推进乡村振兴重点工作的实施意见',
      date: '2022-01-25',
    });
  });

  it('names the bodies a title counts as 等部门 where the text lists them, and a government’s headquarters signing under it', () => {
    const listed = parsed(
      '住房和城乡建设部等部门关于公布第五批列入中国传统村落名录的村落名单的通知\n各省、自治区、直辖市住房和城乡建设厅(委、局):\n经传统村落保护和发展专家委员会审查,住房和城乡建设部、文化和旅游部、国家文物局、财政部、自然资源部、农业农村部决定将2666个村落列入中国传统村落名录,现予以公布。\n',
    );
    expect(listed.issuers).toEqual(['住房和城乡建设部', '文化和旅游部', '国家文物局', '财政部', '自然资源部', '农业农村部']);
    const headquarters = parsed(
      '關于啟動防凍Ⅳ級應急響應的通知\n各鎮人民政府:\n根據氣象部門預報,決定啟動防凍Ⅳ級應急響應。\n潮州市潮安區人民政府\n防汛防旱防風指揮部\n2021年1月10日\n',
    );
    expect(headquarters.issuers).toEqual(['潮州市潮安區人民政府防汛防旱防風指揮部']);
  });

  it('reads a plan after a news summary that announces its full text, a previewed file’s name and a site’s colon after 印发', () => {
    const summarised = parsed(
      '在房地產方面,方案提出嚴格執行處置方案。\n以下為方案全文:\n貴州省促進復工復產推動經濟恢復振興行動方案\n為深入貫徹落實疫情要防、經濟要穩的要求,制定本方案。\n',
    );
    expect(summarised).toMatchObject({ title: '貴州省促進復工復產推動經濟恢復振興行動方案', genre: '方案' });
    const previewed = parsed(
      'PDF文库 - 千万精品文档,你想要的都能搜到,下载即用。\n邹政办字〔2019〕33号:关于印发邹城市2019年政务公开工作任务分解表的通知.pdf\n各镇人民政府、街道办事处,市政府有关部门:\n现将《邹城市2019年政务公开工作任务分解表》印发给你们,请认真贯彻执行。\n',
    );
    expect(previewed).toMatchObject({ docNumber: '邹政办字〔2019〕33号', genre: '通知' });
    expect(previewed.title).toContain('关于印发邹城市2019年政务公开工作任务分解表的通知');
    const colon = parsed(
      '國務院辦公廳關于印發:國家大面積停電事件應急預案的通知\n國辦函〔2015〕134號\n各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:\n經國務院同意,現將《國家大面積停電事件應急預案》印發給你們,請認真組織實施。\n',
    );
    expect(colon).toMatchObject({ title: '國務院辦公廳關于印發國家大面積停電事件應急預案的通知', genre: '通知' });
  });

  it('reads a cover’s title on past the first title it quotes, its number in brackets, a survey team signing and a journal’s mark', () => {
    const cover = parsed(
      '中共安徽省委教育工委  安徽省教育厅\n关于印发《安徽省中小学教材管理实施细则》\n《安徽省职业院校教材管理细则》和《安徽省\n普通高等学校教材管理细则》的通知(皖教工委〔2021〕25号)\n各市、省直管县(市)教育局,各高等学校:\n现将三个细则印发给你们,请认真贯彻落实。\n',
    );
    expect(cover.title).toContain(
      '关于印发《安徽省中小学教材管理实施细则》《安徽省职业院校教材管理细则》和《安徽省普通高等学校教材管理细则》的通知',
    );
    expect(cover).toMatchObject({ docNumber: '皖教工委〔2021〕25号', genre: '通知' });
    const joint = parsed(
      '关于调整城乡居民最低生活保障标准的通知\n经市政府同意,现将有关事项通知如下。此标准从2022年7月起执行。\n资阳市民政局\n资阳市财政局\n资阳市统计局\n国家统计局资阳调查队\n2022年9月5\n',
    );
    expect(joint).toMatchObject({
      issuers: ['资阳市民政局', '资阳市财政局', '资阳市统计局', '国家统计局资阳调查队'],
      date: '2022-09-05',
    });
    const journal = parsed(
      '<正>各市(地)人力资源和社会保障局,省直各部门:\n为做好援藏专业技术人员职称评聘工作,现就有关事项通知如下:\n',
    );
    expect(journal.addressees).toBe('各市(地)人力资源和社会保障局,省直各部门');
  });
});

describe('forms of the two-hundred-and-thirty-sixth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('titles a notice that puts a draft out for comment by the notice, not the draft it quotes', () => {
    const notice = parsed(
      '关于对《青岛市关于实施“硕果计划”加快促进科技成果转移转化的若干措施(征求意见稿)》公开征求意见的通知\n为深入贯彻创新驱动发展战略,起草了《若干措施(征求意见稿)》,现公开征求意见。\n附件:青岛市关于实施“硕果计划”加快促进科技成果转移转化的若干措施(征求意见稿)\n青岛市科学技术局\n2022年3月24日\n附件\n青岛市关于实施“硕果计划”加快促进科技成果转移转化的若干措施\n(征求意见稿)\n一、总体要求\n',
    );
    expect(notice).toMatchObject({
      title: '关于对《青岛市关于实施“硕果计划”加快促进科技成果转移转化的若干措施(征求意见稿)》公开征求意见的通知',
      genre: '通知',
    });
  });

  it('reads an unlabelled table led by a short index number, and a posting hour as no date of the document', () => {
    const table = parsed(
      'kss622/2024-00045\n工業、交通通知\n昆山市人民政府\n2024-05-15\n市政府辦公室關于印發昆山市規上工業企業研發機構全覆蓋三年行動方案的通知\n昆政辦發〔2024〕35號\n各鎮人民政府,市各委辦局:\n《行動方案》已經市政府常務會議審議通過,現印發給你們,請認真貫徹落實。\n',
    );
    expect(table).toMatchObject({
      title: '市政府辦公室關于印發昆山市規上工業企業研發機構全覆蓋三年行動方案的通知',
      docNumber: '昆政辦發〔2024〕35號',
    });
    const posted = parsed(
      '11371502MB2865163X/2023-31417710\n2023-11-30 17:47:17\n东昌府区水利局\n关于2023年部分河道管理范围局部优化调整的公告\n为加强河道管护,现将有关事项公告如下:\n',
    );
    expect(posted).toMatchObject({
      title: '关于2023年部分河道管理范围局部优化调整的公告',
      issuers: ['东昌府区水利局'],
      date: null,
    });
    expect(posted.publishedDate).toBe('2023-11-30');
  });

  it('lists the joint bodies a table runs together for a title’s 等十部门, and a sign-off’s short name in full', () => {
    const joint = parsed(
      '广东省科学技术厅等十部门关于支持新型研发机构发展的试行办法\n【发文字号】粤科产学研字[2015]69号\n【发布部门】广东省科学技术厅广东省经济和信息化委员会广东省教育厅广东省财政厅广东省人力资源和社会保障厅广东省国土资源厅广东省住房和城乡建设厅广东省国家税务局广东省地方税务局海关总署广东分署\n【发布日期】2015.05.21\n第一条 为加快新型研发机构发展,制定本办法。\n',
    );
    expect(joint.issuers).toEqual([
      '广东省科学技术厅',
      '广东省经济和信息化委员会',
      '广东省教育厅',
      '广东省财政厅',
      '广东省人力资源和社会保障厅',
      '广东省国土资源厅',
      '广东省住房和城乡建设厅',
      '广东省国家税务局',
      '广东省地方税务局',
      '海关总署广东分署',
    ]);
    const signed = parsed(
      '广东省科学技术厅关于下达2017年广东省新型研发机构名单的通知\n粤科产学研字〔2017〕192号\n各地级以上市人民政府:\n现下达2017年广东省新型研发机构名单。\n附件:2017年广东省新型研发机构名单\n省科技厅\n2017年12月29日\n',
    );
    expect(signed.issuers).toEqual(['广东省科学技术厅']);
  });

  it('dates a run-on cover by its sign-off before what it issues, or by the date after its attachment', () => {
    const runOn = parsed(
      '河西区人民政府关于印发《河西区突发事件总体应急预案》的通知\n各街、局、公司,各委、办及有关单位:经河西区人民政府同意,现将《河西区突发事件总体应急预案》印发给你们,请遵照执行。天津市河西区人民政府2021年7月8日河西区突发事件总体应急预案1.总则1.1指导思想以习近平新时代中国特色社会主义思想为指导。\n',
    );
    expect(runOn).toMatchObject({ date: '2021-07-08', issuers: ['天津市河西区人民政府'] });
    const attached = parsed(
      '河南省科学技术厅 河南省财政厅 关于印发《河南省新型研发机构备案和绩效评价办法(试行)》的通知\n各省辖市科技局、财政局:\n为完善创新体系建设,省科技厅会同省财政厅研究制定了《河南省新型研发机构备案和绩效评价办法(试行)》。现印发给你们,请遵照执行。    附件:河南省新型研发机构备案和绩效评价办法(试行)2019年1月15日\n标签:\n留言与评论(共有 0 条评论)\n验证码:\n',
    );
    expect(attached.date).toBe('2019-01-15');
  });

  it('reads a 总河长令, a number whose serial was left blank, and a communiqué’s serial under its title', () => {
    const order = parsed(
      '河南省总河长令(第4号)\n关于开展妨碍河道行洪突出问题清理整治的决定\n各级总河长、河长湖长、河长制办公室、各有关单位:\n经研究决定,在全省开展妨碍河道行洪突出问题清理整治。\n',
    );
    expect(order).toMatchObject({ docNumber: '河南省总河长令第4号', issuers: ['河南省总河长'], genre: '决定' });
    const blank = parsed(
      '對市十六屆人大一次會議第295號建議的答複\n清政建複〔2022〕號(B類)\n謝益生代表:\n你提出的建議收悉,現答複如下:\n衡南縣人民政府\n',
    );
    expect(blank).toMatchObject({ title: '對市十六屆人大一次會議第295號建議的答複', docNumber: '清政建複〔2022〕號' });
    const communique = parsed(
      '山西省第七次全国人口普查公报[1]\n(第二号)\n——地区常住人口情况\n山西省统计局\n山西省第七次全国人口普查领导小组办公室\n2021年5月26日\n根据山西省第七次全国人口普查结果,现将有关数据公布如下:\n',
    );
    expect(communique.title).toBe('山西省第七次全国人口普查公报(第二号)');
  });

  it('takes no site column, breadcrumb or news site’s name for the title', () => {
    const column = parsed(
      '政府信息\n公开指南\n政府信息\n公开年报\n对市十三届政协四次会议第316号提案的答复函\n发布时间: 2025-06-24 10:45:00\n宝执法函〔2025〕44号\n鞠丛慧委员:\n您提出的提案收悉。现答复如下:\n',
    );
    expect(column.title).toBe('对市十三届政协四次会议第316号提案的答复函');
    const crumb = parsed('您的位置 首页 资讯\n通 告\n广大市民和游客朋友们:\n随着气温回升,冰面已开始融化,禁止上冰。\n');
    expect(crumb.title).toBe('通告');
    const spaced = parsed(
      '哈尔滨:即日起禁止一切行人、车辆在松花江冰面通行\n2024-11-28 19:02:15\n随着气温逐渐降低,松花江已经进入封冻期。\n通  告\n近期,松花江已经进入封冻期,从即日起禁止一切行人、车辆在冰面通行。\n特此通告\n哈尔滨市公安局\n2024年11月28日\n',
    );
    expect(spaced).toMatchObject({ title: '通告', issuers: ['哈尔滨市公安局'] });
    const named = parsed(
      '呼和浩特市人民政府森林草原重點區域防火戒嚴令呼和浩特新聞\n為切實抓好我市的森林草原防火工作,現將有關事項命令如下:\n一、防火戒嚴期限:2021年3月20日到2021年4月30日。\n',
    );
    expect(named).toMatchObject({ title: '呼和浩特市人民政府森林草原重點區域防火戒嚴令', issuers: ['呼和浩特市人民政府'] });
  });

  it('reads a bank’s bracketed 公告 number, a 通告 numbered by year, and bodies of two kinds run together', () => {
    const bank = parsed(
      '中国人民银行公告〔2016〕第17号\n根据《非金融机构支付服务管理办法》,中国人民银行对27家支付机构续展申请作出决定。现将有关事项公告如下:\n',
    );
    expect(bank).toMatchObject({ docNumber: '中国人民银行公告〔2016〕第17号', issuers: ['中国人民银行'] });
    const yearly = parsed('广东省金融办通告2018年第1号\n为规范融资担保业务经营行为,现将有关事项通告如下:\n');
    expect(yearly.docNumber).toBe('广东省金融办通告2018年第1号');
    const joint = parsed(
      '上海市地方税务局中国保险监督管理委员会上海监管局关于本市车辆车船税代收代缴有关具体事项的公告【全文废止】\n上海市地方税务局公告2011年第7号\n全文废止 成文日期:2011-12-31\n现将本市车辆车船税代收代缴有关具体事项公告如下:\n',
    );
    expect(joint).toMatchObject({
      issuers: ['上海市地方税务局', '中国保险监督管理委员会上海监管局'],
      date: '2011-12-31',
      validity: '全文废止',
    });
  });

  it('keeps a page’s posting day after its font buttons, and a file’s name, out of the document’s head', () => {
    const posted = parsed(
      '關于印發《安徽省級財政支持多層次資本市場發展獎補辦法》的通知\n文字:[大][中][小] 2022/12/2  瀏覽次數:1315\n根據《安徽省推進企業上市計劃》等規定,制定本辦法。\n',
    );
    expect(posted.date).toBeNull();
    const file = parsed(
      '关于印发赣州市赣县区关于印发赣州市赣县区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知.doc\n赣区府发〔2021〕3 号 赣州市赣县区人民政府 关于印发赣州市赣县区国民经济和社会发展 第十四个五年规划和二〇三五年 远景目标纲要的通知 各乡镇人民政府,区政府各部门,区直、驻区各单位: 现将《纲要》印发给你们,请认真贯彻执行。 2021 年 4 月 13 日 (此件主动公开)\n',
    );
    expect(file).toMatchObject({
      title: '赣州市赣县区人民政府关于印发赣州市赣县区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知',
      issuers: ['赣州市赣县区人民政府'],
    });
  });
});

describe('forms of the two-hundred-and-forty-fourth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('dates a gazette’s document by the date under its title, not the issue’s table, and reads its bulleted head', () => {
    const gazette = parsed(
      '青岛市人民政府公报(2019年第3、4期)\n  • 年度期数 2019年第3、4期\n  • 成文日期 2019-02-28\n  • 发布日期 2019-02-28\n  •   青岛市人民政府\n      关于2019年重点办好城乡建设和\n      改善人民生活方面10件实事的通知\n      (2019年1月29日)\n      青政发〔2019〕1号\n      各区、市人民政府,市政府各部门:\n      市政府决定,2019年重点办好10件实事。现就有关事项通知如下:\n',
    );
    expect(gazette).toMatchObject({
      title: '青岛市人民政府关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知',
      issuers: ['青岛市人民政府'],
      date: '2019-01-29',
    });
  });

  it('takes a clickbait word, a news column and a template site’s heading off the head', () => {
    const clickbait = parsed(
      '世界消息!湛江市自由职业人员住房公积金缴存使用暂行办法\n湛公积金委〔2020〕2号\n各自由职业人员:\n现印发《湛江市自由职业人员住房公积金缴存使用暂行办法》,请遵照执行。\n湛江市住房公积金管理委员会\n2020年4月28日\n第一章 总则\n',
    );
    expect(clickbait.title).toBe('湛江市自由职业人员住房公积金缴存使用暂行办法');
    const template = parsed(
      '同意专项规划批复范文\n同意专项规划批复范文篇一市规划委、市市政园林局:\n你们联合报送的请示收悉。经研究,同意你们报送的专项规划。\n特此批复。\n厦门市人民政府\n2016年6月16日\n',
    );
    expect(template.addressees).toBe('市规划委、市市政园林局');
  });

  it('calls a notice titled by what it issues a 通知, and a reposter’s headline no title', () => {
    const issued = parsed(
      '楚雄州地震应急预案\n各县市人民政府,州直各部门:\n《楚雄州地震应急预案》已经州人民政府同意,现印发给你们,请认真组织实施。\n楚雄州人民政府办公室\n2014年8月5日\n',
    );
    expect(issued.genre).toBe('通知');
    const reposted = parsed(
      '万州发布紧急通知\n各中小学、幼儿园:\n为做好疫情防控工作,现将有关事项通知如下:\n一、加强校园管理。\n特此通知。\n重庆市万州区教育委员会\n2021年8月4日\n',
    );
    expect(reposted).toMatchObject({ genre: '通知', provenance: { title: 'inferred' } });
  });

  it('reads an adoption note broken before its session, a body acting by the law, and a body’s numbered 公告 a report names', () => {
    const adopted = parsed(
      '日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n——2021年12月11日日喀则市第二届人民代表大会\n第二次会议通过\n会议同意审查结果报告,决定批准这个规划纲要。\n',
    );
    expect(adopted).toMatchObject({ date: '2021-12-11', issuers: ['日喀则市人民代表大会'] });
    const acting = parsed(
      '關于“河北五超”五人制足球超級聯賽期間實施臨時交通管理措施的通告\n為確保賽事安全、順利進行,張家口市公安局交通管理支隊根據《中華人民共和國道路交通安全法》的相關規定,在比賽期間對部分道路採取臨時交通管理措施,現將具體事項通告如下:\n一、採取臨時交通管理措施的路段及時間。\n',
    );
    expect(acting.issuers).toEqual(['張家口市公安局交通管理支隊']);
    const reported = parsed(
      '中新網5月18日電 成都市人民政府辦公廳17日發布《成都市人民政府公告(第六號)》,公告如下:\n為貫徹落實緊急通知精神,現就地震災後我市疾病防控工作的有關事項公告如下:\n',
    );
    expect(reported).toMatchObject({ title: '成都市人民政府公告', issuers: ['成都市人民政府'] });
  });

  it('reads addressees a mirror ended with a question mark for its lost space', () => {
    const forwarded = parsed(
      '徐政发〔2005〕29号\n??\n各区人民政府,市各委、办、局(公司),市各直属单位:?\n现将《省政府关于全面免征农业税的通知》(苏政发〔2005〕22号)转发给你们,请认真贯彻执行。?\n徐州市人民政府\n二○○五年三月十五日\n',
    );
    expect(forwarded).toMatchObject({
      addressees: '各区人民政府,市各委、办、局(公司),市各直属单位',
      date: '2005-03-15',
      docNumber: '徐政发〔2005〕29号',
    });
  });
});

describe('forms of the two-hundred-and-fifty-second set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads an authority code a copy spaced out, a number after a date and a comma, and a ministry’s yearly serial', () => {
    const spaced = parsed(
      '国务院办公厅关于2016年部分节假日安排的通知\n国 办 发明电〔2015〕18号\n各省、自治区、直辖市人民政府:\n经国务院批准,现将有关安排通知如下。\n国务院办公厅\n2015年12月10日\n',
    );
    expect(spaced.docNumber).toBe('国办发明电〔2015〕18号');
    const dated = parsed(
      '国务院办公厅\n关于2016年部分节假日安排的通知\n2016年1月1日,国办发明电〔2015〕18号)\n各省、自治区、直辖市人民政府:\n经国务院批准,现将有关安排通知如下。\n国务院办公厅\n2015年12月10日\n',
    );
    expect(dated).toMatchObject({ docNumber: '国办发明电〔2015〕18号', date: '2015-12-10' });
    const yearly = parsed(
      '自然资源部关于公布绿色矿业发展示范区名单的公告\n自然资源部2020年第81号\n为推动矿业绿色发展,现予以公布。\n自然资源部\n2020年12月11日\n',
    );
    expect(yearly).toMatchObject({ docNumber: '自然资源部2020年第81号', issuers: ['自然资源部'] });
  });

  it('signs with a date whose year figures a copy lost, and takes a day in figures under a title for the page’s', () => {
    const yearless = parsed(
      '武汉市新型冠状病毒感染的肺炎疫情防控指挥部通告\n为全力做好疫情防控工作,现将有关事项通告如下:\n自即日起,全市城市公交暂停运营。\n恳请广大市民理解支持!\n武汉市新型冠状病毒感染的肺炎疫情防控指挥部\n年1月23日\n',
    );
    expect(yearless.issuers).toEqual(['武汉市新型冠状病毒感染的肺炎疫情防控指挥部']);
    const posted = parsed(
      '工业和信息化部办公厅关于组织申报2017年工业稳增长和转型升级成效明显市的通知\n\n2018-02-11\n\n各省、自治区、直辖市工业和信息化主管部门:\n现就有关事项通知如下。\n',
    );
    expect(posted.date).toBeNull();
    expect(posted.publishedDate).toBe('2018-02-11');
    const runOn = parsed(
      '浙江省人民政府贯彻国务院关于进一步推进长江三角洲地区改革开放和经济社会发展指导意见的实施意见 浙政发[2009]69号 2009-11-03 为贯彻《指导意见》精神,现结合我省实际,提出以下实施意见。 一、总体要求\n',
    );
    expect(runOn.date).toBe('2009-11-03');
  });

  it('prefers the head’s own title to a headline that shortens it, and to a page’s column', () => {
    const shortened = parsed(
      '海东市关于划定高中风险区域的通告\n来源: 更新时间:2022-10-21 21:36:49\n海东市新冠肺炎疫情防控指挥部关于划定高、中风险区域的通告(第39号)\n根据当前我市疫情防控工作需要,决定划定以下高、中风险区域。\n',
    );
    expect(shortened.title).toBe('海东市新冠肺炎疫情防控指挥部关于划定高、中风险区域的通告');
    const column = parsed(
      '政府信息公开\n法定主动公开内容\n政府公报\n政府信息公开年报\n依申请公开\n临夏回族自治州人民政府信息公开指南(2023年)\n为了更好地提供政府信息公开服务,编制本指南。\n',
    );
    expect(column).toMatchObject({ title: '临夏回族自治州人民政府信息公开指南(2023年)', genre: '指南' });
  });

  it('takes a title a report’s lead names after the lead, and the lead stays the text’s', () => {
    const named = parsed(
      '9月4日,农业农村部发布第三批全国乡村治理示范村镇名单公示公告,拟认定100个乡(镇)为示范乡镇。\n第三批全国乡村治理示范村镇名单公示公告\n按照部署安排,经地方推荐和专家评审,现将名单进行公示。\n',
    );
    expect(named.title).toBe('第三批全国乡村治理示范村镇名单公示公告');
    const lead = named.blocks.find((block) => block.text.startsWith('9月4日'));
    expect(lead?.role).toBeUndefined();
  });
});

describe('forms of the two-hundred-and-fifty-sixth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('reads a 公告 numbered in words after its title, on its line or the next, but not a census 公报 of a series', () => {
    const onLine = parsed(
      '明山区选举委员会公告(第二号)\n根据有关规定,现公告如下:\n一、选民登记。\n明山区选举委员会\n2021年8月25日\n',
    );
    expect(onLine).toMatchObject({ title: '明山区选举委员会公告', docNumber: '第二号', date: '2021-08-25' });
    const below = parsed(
      '明山区选举委员会公告\n(第二号)\n根据有关规定,现公告如下:\n一、选民登记。\n明山区选举委员会\n2021年8月25日\n',
    );
    expect(below.docNumber).toBe('第二号');
    const census = parsed('第七次全国人口普查公报(第一号)\n根据有关规定,现将普查主要数据公布如下。\n国家统计局\n2021年5月11日\n');
    expect(census).toMatchObject({ title: '第七次全国人口普查公报(第一号)', docNumber: null });
  });

  it('names an inspection group by its report, and addresses a notice to a meeting’s members', () => {
    const report = parsed(
      '重庆市人大常委会执法检查组\n关于检查《重庆市预算审查监督条例》\n实施情况的报告\n——2019年7月29日在市五届人大常委会第十一次会议上\n主任、各位副主任、秘书长、各位委员:\n现将执法检查情况报告如下。\n',
    );
    expect(report.issuers).toEqual(['重庆市人大常委会执法检查组']);
    expect(report.addressees).toBeNull();
    const notice = parsed(
      '关于征集提案的通知\n各位委员:\n现将有关事宜通知如下:\n一、提案要一事一案。\n联系电话:6121589\n附:\n提案表模板下载\n市政协办公室\n市政协提案委\n',
    );
    expect(notice).toMatchObject({ addressees: '各位委员', issuers: ['市政协办公室', '市政协提案委'] });
  });

  it('joins a sign-off wrapped over three lines, a bracketed name inside one, and a branch on a line of its own', () => {
    const three = parsed(
      '嘉兴经开区关于解除疫情防控封控区的通告\n根据疫情防控有关规定,决定解除封控。具体通告如下:\n解除以下封控区。\n嘉兴经济技术开发区(国际商务区)\n新型冠状病毒肺炎疫情\n防控工作领导小组\n2022年4月17日\n',
    );
    expect(three.issuers).toEqual(['嘉兴经济技术开发区(国际商务区)新型冠状病毒肺炎疫情防控工作领导小组']);
    const inside = parsed(
      '德州经济技术开发区解除部分管控区的通告\n经专家综合研判,决定予以解除。\n德州经济技术开发区党工委统筹疫情防控和\n经济运行工作领导小组(指挥部)办公室\n2022年4月4日\n',
    );
    expect(inside.issuers).toEqual(['德州经济技术开发区党工委统筹疫情防控和经济运行工作领导小组(指挥部)办公室']);
    const branch = parsed(
      '关于开展控规修改工作的请示\n金东区人民政府:\n现将论证报告随文上报。\n特此请示,请批复。\n金东区江东镇人民政府 金华市自然资源和规划局\n金义新区(金东区)分局\n2022年3月23日\n',
    );
    expect(branch.issuers).toEqual(['金东区江东镇人民政府', '金华市自然资源和规划局金义新区(金东区)分局']);
  });

  it('signs with four bodies of one place run together, and reads 请示 and 公告 from closing formulas', () => {
    const joint = parsed(
      '关于禁止制售和燃放孔明灯的通告\n现就有关事项通告如下:\n一、禁止生产。\n泰州市姜堰区发展和改革委员会泰州市姜堰区市场监督管理局泰州市公安局姜堰分局泰州市姜堰区城市管理局2023年2月1日\n',
    );
    expect(joint.issuers).toEqual([
      '泰州市姜堰区发展和改革委员会',
      '泰州市姜堰区市场监督管理局',
      '泰州市公安局姜堰分局',
      '泰州市姜堰区城市管理局',
    ]);
    expect(joint.date).toBe('2023-02-01');
    const request = parsed(
      '金东区人民政府:\n现将论证报告随文上报,恳请区政府同意。\n特此请示,请批复。\n金东区江东镇人民政府\n2022年3月23日\n',
    );
    expect(request.genre).toBe('请示');
    const announced = parsed('陽山縣人民政府:\n經依法批准,現將有關事項公告如下。\n專此公告。\n陽山縣人民政府\n2025年5月15日\n');
    expect(announced.genre).toBe('公告');
  });

  it('prefers the document’s title to a repost’s headline that reports its release, and drops a template site’s count', () => {
    const reported = parsed(
      '我省发布关于禁止在森林防火区野外用火的通告\n发布时间:2022-09-23 15:00:02\n江西省林业局\n关于禁止在森林防火区户外用火的通知\n为预防森林火灾,现公告如下:\n一、禁止用火。\n江西省林业局\n2022年9月20日\n',
    );
    expect(reported).toMatchObject({ title: '江西省林业局关于禁止在森林防火区户外用火的通知', genre: '通知' });
    const counted = parsed(
      '關于2017年中小學散放暑假的通知【1】\n各縣市區教育局,市直各學校:\n現就2017年中小學放暑假的有關事項通知如下:\n一、放假時間安排\n',
    );
    expect(counted).toMatchObject({
      title: '關于2017年中小學散放暑假的通知',
      genre: '通知',
      addressees: '各縣市區教育局,市直各學校',
    });
  });

  it('takes a township’s title over a county’s page, a cover’s month in words, and a day with its view count for the page’s', () => {
    const township = parsed(
      '发布机构:平江县政府\n生成日期:2014-03-06\n童市镇关于加强动物疫病防控工作的通知\n各村(居)委会:\n为贯彻落实有关规定,现通知如下。\n2014年3月6日\n',
    );
    expect(township.issuers).toEqual(['童市镇']);
    const cover = parsed(
      '三亚市崖州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n三亚市崖州区人民政府\n二 〇 二一年二月\n前言\n当今世界正经历百年未有之大变局。\n',
    );
    expect(cover.issuers).toEqual(['三亚市崖州区人民政府']);
    const viewed = parsed(
      '重庆市林业局关于划定禁猎区的通告 (渝林规范〔2024〕1号)\n   2024-06-17 745\n为加强野生动物保护,现通告如下:\n一、禁猎区。\n',
    );
    expect(viewed).toMatchObject({ docNumber: '渝林规范〔2024〕1号', date: null, publishedDate: '2024-06-17' });
  });

  it('addresses bodies without a colon that end with those concerned, and names an interpretation’s 解读说明', () => {
    const concerned = parsed(
      '自治区林业厅关于征求意见建议的函\n五市人民政府、自治区有关部门(单位)\n为贯彻落实精神。现征求意见。\n',
    );
    expect(concerned.addressees).toBe('五市人民政府、自治区有关部门(单位)');
    const explained = parsed('《澧县古树名木保护名录》的解读说明\n一、出台背景\n为加强古树名木保护,制定本名录。\n');
    expect(explained.genre).toBe('解读');
    const bracketLabel = parsed(
      '太平街道办事处关于设置限高杆的公告\n石渣河社区11组至平安社区2组(小地名:张家院子),乡村道路上跨铁路桥。决定设置限高杆。\n特此公告\n',
    );
    expect(bracketLabel.addressees).toBeNull();
  });
});

describe('forms of the two-hundred-and-sixty-fourth set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('takes a government meeting a page reports for its minutes, by its headline or its first words', () => {
    const headed = parsed(
      '汉阴:县政府召开2018年第八次常务会议\n12月25日,县长主持召开县政府常务会议,研究审议议题。\n会议听取了报告。\n',
    );
    expect(headed).toMatchObject({ title: '汉阴:县政府召开2018年第八次常务会议', genre: '纪要' });
    const termed = parsed('区政府召开九届31次常务会议\n10月27日,区长主持召开政府九届31次常务会议。\n会议审议并通过了意见。\n');
    expect(termed.genre).toBe('纪要');
    const opening = parsed('4月19日下午,市长章周中主持召开市长办公会议,审议林业局有关情况。\n会议指出,要抓好落实。\n');
    expect(opening.genre).toBe('纪要');
    const minutes = parsed(
      '〔2011〕80号\n永康市人民政府办公室 二○一一年十月十七日\n10月10日下午,市政府召开市长办公会议。现将会议主要内容纪要如下:\n会议听取了市府办吕福有关于支持上市公司募投项目落地的建议意见汇报。会议指出:要抓紧落实。\n',
    );
    expect(minutes).toMatchObject({ genre: '纪要', date: '2011-10-17' });
    expect(minutes.title).not.toContain('会议听取');
  });

  it('reads addressees past a damaged number and a page’s font widget, and a run-on title’s number and title off them', () => {
    const damaged = parsed(
      '惠州市人民政府办公室关于印发工作方案的通知\n发布时间:2017-06-02 11:15:00 来源:本网\n浏览字号:\n惠府办函〔2017100\n各县、区人民政府,市直有关单位\n《工作方案》业经市人民政府同意。现印发给你们,请认真组织实施。\n',
    );
    expect(damaged.addressees).toBe('各县、区人民政府,市直有关单位');
    const widget = parsed(
      '安徽省人民政府辦公廳關于扎實推進應急廣播體系建設的意見\n• 【字體大?。?nbsp;    小】\n• 上海上港吧 www.xextin.com.cn 各市人民政府,省政府各部門、各直屬機構:\n應急廣播是國家基本公共服務體系的重要內容。\n',
    );
    expect(widget.addressees).toBe('各市人民政府,省政府各部門、各直屬機構');
    const runOn = parsed(
      '珠府〔2018〕14 号 珠海市人民政府关于印发珠海市2018年 国民经济和社会发展计划的通知 横琴新区管委会,\n各区政府(管委会),市府直属各单位:\n《珠海市2018年国民经济和社会发展计划》现印发给你们,请认真贯彻执行。\n',
    );
    expect(runOn.addressees).toBe('横琴新区管委会,各区政府(管委会),市府直属各单位');
    const coded = parsed(
      '关于公布 2021年省级全域旅游示范区名单的通知\n2021-11-23 15:00 湖北省文化和旅游厅\nMB1568036/2021-63530 旅游;文化\n各市、州、直管市及神农架林区文化和旅游局:\n为充分发挥示范作用,现予公布。\n',
    );
    expect(coded.addressees).toBe('各市、州、直管市及神农架林区文化和旅游局');
  });

  it('drops a column’s 文件 before a number, keeps a decree’s 號, and names a zone’s 管委會 whole', () => {
    const column = parsed(
      '关于表彰四平好人的决定\n2021-02-05 栏目:妇联文件四妇发〔2017〕5号\n各县(市、区)妇联:\n为表彰先进,决定予以表彰。\n',
    );
    expect(column.docNumber).toBe('四妇发〔2017〕5号');
    const decree = parsed(
      '廣東省民宿管理暫行辦法\n粵府令第260號\n《廣東省民宿管理暫行辦法》已經省人民政府同意,現予公布。\n省長 馬興瑞\n2019年6月18日\n',
    );
    expect(decree.docNumber).toBe('粵府令第260號');
    const zone = parsed(
      '惠州大亞灣經濟技術開發區管委會\n土地征收啟動公告\n惠灣管〔2021〕11號\n為了公共利益的需要,現將有關事項公告如下。\n',
    );
    expect(zone.issuers).toEqual(['惠州大亞灣經濟技術開發區管委會']);
  });

  it('names the bodies a decision says decide, and reads a bureau’s commendation as a 决定', () => {
    const decided = parsed(
      '国卫医发〔2020〕28号\n各省、自治区、直辖市卫生健康委、红十字会:\n为表彰先进,经地方推荐、部门审核、社会公示,国家卫生健康委、中国红十字会总会、中央军委后勤保障部卫生局决定,对艾兵等106,563名同志授予“无偿献血奉献奖金奖”。\n',
    );
    expect(decided.issuers).toEqual(['国家卫生健康委', '中国红十字会总会', '中央军委后勤保障部卫生局']);
    expect(decided.genre).toBe('决定');
    const project = parsed(
      '各区(县)市场监督管理局:\n经专家评审,市局决定对“高位仓储式叉车关键技术专利导航”等5个项目予以立项。现将有关事项通知如下:\n一、项目实施。\n',
    );
    expect(project.genre).toBe('通知');
  });

  it('reads a notice’s serial in words as its number, and gives a clickbait line above it no part of the title', () => {
    const notice = parsed(
      '亳州市取消全市一切群体性集会活动(一号通告)\n亳州市新型冠状病毒感染的肺炎疫情防控应急指挥部通告(第一号)\n根据有关规定,现将有关事项通告如下:\n一、主动登记。\n',
    );
    expect(notice).toMatchObject({
      title: '亳州市新型冠状病毒感染的肺炎疫情防控应急指挥部通告',
      docNumber: '第一号',
      issuers: ['亳州市新型冠状病毒感染的肺炎疫情防控应急指挥部'],
    });
    const spaced = parsed('市森林防火指挥部公告\n公 告\n元旦以来,天干物燥,现公告如下:\n一、严禁野外用火。\n');
    expect(spaced.title).toBe('市森林防火指挥部公告');
  });

  it('reads a title with a slogan in quotes, its excerpt note off, and a repost’s day, body and word of release apart', () => {
    const slogan = parsed(
      '不能读取语音阅读器\n上海市体育局关于组织开展“发展体育运动增强人民体质,同心共筑中国梦”全民健身活动的通知\n2021-11-09 来源: 上海体育\n各区县体育局、有关单位:\n现将有关工作通知如下:\n一、指导思想\n',
    );
    expect(slogan).toMatchObject({
      title: '上海市体育局关于组织开展“发展体育运动增强人民体质,同心共筑中国梦”全民健身活动的通知',
      issuers: ['上海市体育局'],
    });
    const excerpt = parsed(
      '关于认真组织做好春节期间“好书刊进基层”活动的通知(摘录)\n各省辖市新闻出版局:\n近日,中宣部办公厅、新闻出版总署办公厅联合下发了《关于开展“好书刊进基层”活动的通知》,要求各地组织开展活动。\n',
    );
    expect(excerpt).toMatchObject({ title: '关于认真组织做好春节期间“好书刊进基层”活动的通知', issuers: [] });
    const released = parsed(
      '6月24日\n咸宁市人民政府办公室\n发布\n咸宁市提振消费专项行动若干措施\n全文内容如下\n为贯彻落实决策部署,制定本措施。\n',
    );
    expect(released).toMatchObject({ title: '咸宁市提振消费专项行动若干措施', issuers: ['咸宁市人民政府办公室'] });
  });

  it('dates a notice by an unsigned day between its attachments and its contacts', () => {
    const dated = parsed(
      '北京市体育局关于举办社区趣味运动会的通知\n各区县体育局:\n请按照实施方案要求,认真组织开展各项工作。\n附件:1.北京市体育生活化社区趣味运动会实施方案\n2.各项目比赛规则\n二〇一一年八月十日\n联 系 人:杨洋、韩钢\n',
    );
    expect(dated.date).toBe('2011-08-10');
  });
});

describe('forms of the two-hundred-and-seventy-second set onwards', () => {
  const parsed = (text: string) => parsePolicy(canonicalText(text));

  it('parts a 公告 from its series’ number glued on, and takes no law firm for its issuer', () => {
    const glued = parsed(
      '北京在明律师事务所\n摘要:为保障公共利益用地需要,现发布征收土地预公告。\n青岛市黄岛区人民政府征收土地预公告黄征预公告〔2022〕57 号\n为保障公共利益用地需要,现将有关事项公告如下:\n一、拟征收土地的位置。\n',
    );
    expect(glued).toMatchObject({
      title: '青岛市黄岛区人民政府征收土地预公告',
      docNumber: '黄征预公告〔2022〕57号',
      issuers: ['青岛市黄岛区人民政府'],
    });
  });

  it('signs with the bodies above a date a copy cut short or damaged', () => {
    const cut = parsed(
      '关于马拉松赛期间实行临时交通管控的通告\n现将有关事项通告如下:\n一、管控路段。\n特此通告。\n淳安县公安局\n二\n',
    );
    expect(cut.issuers).toEqual(['淳安县公安局']);
    const damaged = parsed(
      '关于对康居路进行交通管制的通告\n现将有关事项通告如下:\n由此给您带来的不便,敬请谅解!\n绍兴市上虞区公安局\n绍兴市上虞区高铁新城管委会\n二一六年三月二十四日\n',
    );
    expect(damaged.issuers).toEqual(['绍兴市上虞区公安局', '绍兴市上虞区高铁新城管委会']);
    const questioned = parsed(
      '关于公布2020年社会保险缴费基数上下限标准的通知\n各省辖市人力资源社会保障局:\n现将有关事项通知如下。\n河南省人力资源和社会保障厅?河南省医疗保障局\n河南省财政厅 国家税务总局河南省税务局\n2020年9月3日\n',
    );
    expect(questioned.issuers).toEqual([
      '河南省人力资源和社会保障厅',
      '河南省医疗保障局',
      '河南省财政厅',
      '国家税务总局河南省税务局',
    ]);
  });

  it('reads the addressees of a reply a report prints whole, past the page’s day and views', () => {
    const reply = parsed(
      '北京大学人民医院暂停急诊及发热门诊\n2022.10.25 20:53 1142\n10月25日,北京市卫生健康委员会发布关于同意北京大学人民医院暂停急诊及发热门诊的批复。以下为全文:\n西城区卫生健康委:\n你委《关于北京大学人民医院暂停急诊及发热门诊的请示》收悉。经研究,同意。\n北京市卫生健康委员会\n2022年10月24日\n',
    );
    expect(reply).toMatchObject({ addressees: '西城区卫生健康委', genre: '批复', date: '2022-10-24' });
  });

  it('names the government a vice-mayor reports for, the congress’s name wrapped in the note', () => {
    const report = parsed(
      '关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n——2025年12月30日在广州市第十六届\n人民代表大会常务委员会第四十五次会议上\n广州市人民政府副市长  赖志鸿\n主任、各位副主任、秘书长、各位委员:\n市政府高度重视审计整改工作。\n',
    );
    expect(report).toMatchObject({ issuers: ['广州市人民政府'], date: '2025-12-30' });
  });

  it('signs without the last attachment’s name or a bulletin’s issue a run-on copy leaves before the body', () => {
    const attached = parsed(
      '阿坝县人民政府征地补偿安置方案公告\n现将有关事项公告如下:\n对本方案有异议的,应在30日内提出。附图:\n拟征收土地位置示意图阿坝县人民政府\n2023年12月12日\n',
    );
    expect(attached.issuers).toEqual(['阿坝县人民政府']);
    const bulletin = parsed(
      '工作例会会议纪要\n主任主持召开管委会工作例会。现将会议情况纪要如下:\n一、各部门汇报上周工作。\n园区快第五期南谯工业开发区管委会\n2008年5月10日\n',
    );
    expect(bulletin.issuers).toEqual(['南谯工业开发区管委会']);
  });

  it('takes a signed text sent to bodies it lists for a 通知, and a sharing site’s count of samples off a title', () => {
    const listed = parsed(
      '罗坑镇财政所、罗坑镇中心小学、新会实验幼儿园:\n根据有关文件精神,现将补助资金下达给你们,请按规定使用。\n江门市新会区财政局\n2021年7月13日\n',
    );
    expect(listed).toMatchObject({ genre: '通知', addressees: '罗坑镇财政所、罗坑镇中心小学、新会实验幼儿园' });
    const samples = parsed(
      '《关于使用林地申请的请示(精选三篇)》\n关于使用林地申请的请示 篇1\n省林业厅:\n项目施工过程中需使用林地,特此请示。\n',
    );
    expect(samples.title).toBe('关于使用林地申请的请示');
    const bulleted = parsed(
      '2022-04-08\n• 会议题目 • 于晓东主持召开区政府第4次常务会议\n4月7日,区长于晓东主持召开区政府第4次常务会议。\n',
    );
    expect(bulleted).toMatchObject({ title: '于晓东主持召开区政府第4次常务会议', genre: '纪要' });
  });

  it('reads the addressees from the 版记’s 主送 line, and after a database’s 【正文】 mark with the text run on', () => {
    const footer = parsed(
      '新昌县人民政府关于暂停活禽交易的通告\n为防控疫情,现通告如下:\n一、暂停活禽交易。\n新昌县人民政府\n2017年2月20日\n(此件公开发布)\n主送:各镇人民政府,区政府各部门,各园区(新城、\n风景区)管委会,有关单位。\n',
    );
    expect(footer.addressees).toBe('各镇人民政府,区政府各部门,各园区(新城、风景区)管委会,有关单位');
    const marked = parsed(
      '关于推进农业金融的指导意见\n发布日期:2010-03-02\n【正文】 各区县人民政府,市有关委、办、局: 为进一步贯彻有关精神,提出如下意见。\n',
    );
    expect(marked.addressees).toBe('各区县人民政府,市有关委、办、局');
  });

  it('reads a table whose labels stand on lines of their own as labelled, its posting day no date', () => {
    const table = parsed(
      '索引號\n11511100MB19146489/2022-00024\n發布機構\n市醫療保障局\n發布日期\n2022-12-13\n有效性\n有效\n南充市醫療保障局關於進一步做好直接結算工作的通知\n各縣(市、區)醫療保障局:\n現將有關事項通知如下。\n',
    );
    expect(table.date).toBeNull();
  });
});
