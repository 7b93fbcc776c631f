// Named projects on pages that never name their zone where a subject stands, read WITHOUT metadata (how unseen
// reports arrive): a project is never lost only because nobody owns it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const bare = (text: string) => extractDocument({ name: 't.txt', text });
const rows = (text: string) => bare(text).projects.map((p) => [p.subject, p.name]);

describe('projects on a page that names no owner', () => {
  it("a zone's own bulletin that names nobody: its projects are kept under the unknown zone", () => {
    const r = rows('2023年1-6月份招商项目情况\n\n一、签约项目情况\n\n1-6月份,签约甲乙精密铸件、丙丁医疗器械、戊己冷链物流等项目18个,其中工业项目9个。');
    expect(r.map((x) => x[1])).toEqual(['甲乙精密铸件', '丙丁医疗器械', '戊己冷链物流']);
    expect(new Set(r.map((x) => x[0]))).toEqual(new Set(['某区']));
  });
  it('a new area outside the gazetteer, named as an actor, owns the projects of the page', () => {
    const r = rows('松江新区第三批重点项目集中开工\n8月9日,松江新区举行第三批重点项目集中开工仪式。同日,总投资达30亿元的北辰智能装备产业园项目落户松江新区。');
    expect(r).toContainEqual(['松江新区', '北辰智能装备产业园项目']);
  });
  it('a district named once, without its city, at the opening: its projects', () => {
    const r = rows('近日,石岭区举行“抓项目、扩投资”活动暨开发区甲乙新材料产业园及配套设施项目开工仪式。石岭区今年计划实施项目20个。');
    expect(r).toEqual([['石岭区', '甲乙新材料产业园及配套设施项目']]);
  });
  it('a page with no project names still yields none (the fallback invents no project)', () => {
    expect(rows('2023年上半年,全区签约项目18个,总投资25亿元。')).toEqual([]);
  });
});

describe('words that say which kind of projects are no names', () => {
  const names = (text: string) => bare(text).projects.map((p) => p.name);
  it('a batch, a phase alone, a pronoun, the whole city, a quality after 的', () => {
    expect(names('2024年5月,松江经济开发区举行第二批重点项目集中开工仪式。')).toEqual([]);
    expect(names('2024年,松江经济开发区加快建设第三期项目。')).toEqual([]);
    expect(names('2024年,松江经济开发区签约项目12个,而这些项目多数已开工。')).toEqual([]);
    expect(names('2024年,松江经济开发区承担全市集中开工重大项目6个。')).toEqual([]);
    expect(names('2024年,松江经济开发区储备了一批市场前景广的项目和惠及民生的基础设施和社会事业项目。')).toEqual([]);
    expect(names('2024年,松江经济开发区甲乙医药制造项目为省“278”重大项目。').filter((n) => n.includes('“'))).toEqual([]);
  });
  it('a name with a phase or a 的 inside stays a name', () => {
    expect(names('2024年,松江经济开发区甲乙光伏组件二期项目开工建设。')).toEqual(['甲乙光伏组件二期项目']);
  });
});

describe("a project's activities listed with 、 inside its name", () => {
  const names = (text: string) => bare(text).projects.map((p) => p.name);
  it('研发、生产、销售 before 项目 is one name, not a list', () => {
    expect(names('2022年,松江经济开发区签约项目18个。其中20亿元以上项目1个,为总投资22.1亿元的甲乙热管理系统及铝箱体研发、生产、销售项目。')).toEqual([
      '甲乙热管理系统及铝箱体研发、生产、销售项目',
    ]);
    expect(names('2022年,松江经济开发区开工项目分别为总投资5.2亿元的丙丁汽车部件研发、生产项目,总投资3.1亿元的戊己装备研发、生产项目。')).toEqual([
      '丙丁汽车部件研发、生产项目',
      '戊己装备研发、生产项目',
    ]);
  });
  it('a list of named projects is still a list', () => {
    expect(names('2022年,松江经济开发区推进甲乙机械、丙丁电子、戊己食品等项目建设。')).toEqual(['甲乙机械', '丙丁电子', '戊己食品']);
  });
});

describe('暨 inside a name and between events', () => {
  const names = (text: string) => bare(text).projects.map((p) => p.name);
  it('a base joined to its headquarters by 暨 is one project', () => {
    expect(names('2023年,松江经济开发区签约1个,为总投资55亿元的甲乙换电站产业基地暨总部项目。')).toEqual(['甲乙换电站产业基地暨总部项目']);
  });
  it('two events joined by 暨: only what follows can be a name', () => {
    expect(names('2023年,松江经济开发区授牌暨重大项目签约仪式举行,甲乙智能装备项目签约。')).toEqual(['甲乙智能装备项目']);
  });
});
