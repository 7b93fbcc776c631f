// Official names of subjects other provinces' reports write short or with words glued on: autonomous
// prefectures (某某州 → its 自治州 name), a city's 市 inside a zone's name, a count or the country read into a name,
// a time phrase's 来. Sentences written for these tests; names are real places, numbers made up.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { canonicalUnknown, unknownSubject, zoneLikeNames } from '../../../src/extract/subjects';
import { onePlaceOfLevel } from '../../../src/extract/subject-fallback';
import { AUTONOMOUS_PREFECTURES, prefectureFullName } from '../../../src/data/autonomous-prefectures';

const doc = (text: string, published = '2023-10') => extractDocument({ name: 't.txt', text, meta: { published } });
const subjects = (r: ReturnType<typeof doc>) => [...new Set(r.facts.map((f) => f.subject))];

describe('autonomous prefectures', () => {
  it('the table holds the 30 prefectures, each short form once, each full name a 自治州', () => {
    expect(AUTONOMOUS_PREFECTURES).toHaveLength(30);
    expect(new Set(AUTONOMOUS_PREFECTURES.map(([s]) => s)).size).toBe(30);
    for (const [s, f] of AUTONOMOUS_PREFECTURES) {
      expect(s.endsWith('州')).toBe(true);
      expect(f.endsWith('自治州')).toBe(true);
    }
    expect(prefectureFullName('恩施州')).toBe('恩施土家族苗族自治州');
    // A city whose name ends in 州 is no prefecture of the table.
    expect(prefectureFullName('苏州')).toBeNull();
  });
  it('a prefecture written short is filed under its official name', () => {
    const r = doc('前三季度,恩施州产业园区实现技工贸总收入88亿元,同比增长6.1%。');
    expect(subjects(r)).toEqual(['恩施土家族苗族自治州']);
    expect(r.facts.every((f) => f.scope === 'city' && f.city === '恩施土家族苗族自治州')).toBe(true);
  });
  it('a city named 某州 keeps its name (苏州工业园区 is a zone of its own)', () => {
    expect(unknownSubject('杭州产业园区').name).not.toContain('自治州');
  });
});

describe('zone names as the catalogue writes them', () => {
  it('a city’s 市 inside a zone name is dropped: X市经济技术开发区 = X经济技术开发区', () => {
    expect(canonicalUnknown('酒泉市经济技术开发区')).toBe('酒泉经济技术开发区');
    expect(canonicalUnknown('酒泉市高新区')).toBe('酒泉高新技术产业开发区');
    const r = doc('前三季度,酒泉市经济技术开发区完成工业增加值4.2亿元,同比增长12.5%。');
    expect(subjects(r)).toEqual(['酒泉经济技术开发区']);
  });
  it('a park type after 市 is not touched (a city’s own parks are the city)', () => {
    expect(canonicalUnknown('酒泉市工业园区')).toBe('酒泉市工业园区');
  });
  it('a count, the country or a time phrase starts no zone name', () => {
    expect(zoneLikeNames('培育甲乙、丙丁两个飞地园区和5个工业集中区。')).toEqual([]);
    expect(zoneLikeNames('连续三年位居全国化工园区前十强。中国化工园区30强名单发布。')).toEqual([]);
    expect(zoneLikeNames('近年来舟山石化经济技术开发区坚持绿色发展。')).toEqual(['舟山石化经济技术开发区']);
  });
  it('a page about one zone keeps it through a ranking of the country’s parks', () => {
    const r = doc(
      '在全国化工园区30强名单中,舟山石化经济技术开发区位列第五。\n近年来舟山石化经济技术开发区坚持绿色发展。2022年,实现规上工业总产值820亿元,同比增长3.5%。',
      '2023-05',
    );
    expect(subjects(r)).toEqual(['舟山石化经济技术开发区']);
  });
});

describe('the one place a local report names for its 全县/我市/全区', () => {
  const bare = (text: string) => extractDocument({ name: 't.txt', text }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);
  it('a county named in the dateline is the 全县 of its figures', () => {
    const t = '本报讯(记者 王某)云霄县招商引资传捷报:4月2日,全县第二季度项目集中签约仪式举行,现场共签约八个项目,总投资9.6亿元。';
    expect(bare(t)).toContain('云霄县|signed_projects.investment=9.6');
  });
  it('a city named after a date is the 我市 of its figures', () => {
    const t = '12日开封市同步举行重大项目推进会。在“签约一批”活动中,我市现场集中签约项目31个。';
    expect(bare(t).filter((f) => f.includes('=31'))[0]).toMatch(/^开封市\|/);
  });
  it('two places of the level name none; a place after a verb ("推动城市…", "高于全市") is no place', () => {
    expect(onePlaceOfLevel('全市上半年新签约项目42个,推动城市更新,高于全市目标。', '市')).toBeNull();
    expect(onePlaceOfLevel('桐柏市、邓州市签约项目较多。全市新签约项目42个。', '市')).toBeNull();
    expect(onePlaceOfLevel('5个集聚区完成投资8亿元,按照市委部署推进。', '区')).toBeNull();
    expect(onePlaceOfLevel('日前,铜陵区举办招商活动,全区签约项目9个。', '区')?.name).toBe('铜陵区');
  });
});
