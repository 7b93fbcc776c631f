// Project-list shapes found on other provinces' pages (sentences written for these tests, other names and figures).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { listCandidates } from '../../../src/extract/projects-lists';

const doc = (text: string) => extractDocument({ name: 't.txt', text, meta: { published: '2024-07', title: '东海经济开发区动态' } });
const names = (text: string) => doc(text).projects.map((p) => p.name);

describe('project lists in other shapes', () => {
  it('a kind closer whose kind words hold their own 、 ("等一批总部型、研发型外资项目")', () => {
    expect(names('东海经济开发区招商成效明显，宏远新能源、万和医疗器械等一批总部型、研发型外资项目落地，总投资12亿元。')).toEqual([
      '宏远新能源',
      '万和医疗器械',
    ]);
  });
  it('the same list in traditional script', () => {
    expect(names('東海經濟開發區招商成效明顯，宏遠新能源、萬和醫療器械等一批總部型、研發型外資項目落地，總投資12億元。')).toEqual([
      '宏远新能源',
      '万和医疗器械',
    ]);
  });
  it('leaders listed before 等 are not projects ("甲、乙等市领导共同为丙项目奠基")', () => {
    const got = names('7月2日，东海县委书记张明、县长王亮等县领导共同为东海汽车零部件城项目培土奠基，总投资9亿元。');
    expect(got.some((n) => /张明|王亮/.test(n))).toBe(false);
  });
  it('one item with its own money before it, closed by a kind ("总投资N亿元的甲等先进制造业项目")', () => {
    expect(names('东海经济开发区开工重大项目18个。其中，总投资26亿元的北方农机产业园智能装备基地等先进制造业、战略性新兴产业项目体量大。')).toEqual([
      '北方农机产业园智能装备基地',
    ]);
  });
  it('a list opened by 主要有 after a sentence about a pool of projects, closed by 等', () => {
    expect(names('东海经济开发区跟踪在谈项目累计30个，拟投资约90亿元。主要有高功率激光器产业化基地项目、重卡零配件产业园等。')).toEqual([
      '高功率激光器产业化基地项目',
      '重卡零配件产业园',
    ]);
  });
  it('主要有 without a 项目 item or without 等 is not a project list', () => {
    expect(names('东海经济开发区企业发展良好，拟投资约9亿元。主要有汽车零部件、新材料等。')).toEqual([]);
  });
  it('既涵盖/也包含 open the first item and are not part of its name; a 示范区 named by what it builds is a project', () => {
    expect(names('东海经济开发区现场签约项目中，既涵盖北方新型储能系统示范区项目、华康医疗生产基地建设项目等5个优质产业项目，也包含中国农业科学院东海研究院、小分子创新药项目等9个公有物业租售项目，总投资30亿元。')).toEqual([
      '北方新型储能系统示范区项目',
      '华康医疗生产基地建设项目',
      '中国农业科学院东海研究院',
      '小分子创新药项目',
    ]);
  });
  it('a place-named 示范区项目 stays a zone\'s projects in general', () => {
    expect(names('东海县今年推进东海示范区项目，总投资5亿元。')).toEqual([]);
  });
  it('who pushes a project on is not part of its name ("施工人员正在加速推进甲项目")', () => {
    expect(names('东海经济开发区内，200多名施工人员正在加速推进三期研发中心项目，目前已完成主体封顶，总投资3亿元。')).toEqual([
      '三期研发中心项目',
    ]);
  });
  it('two projects joined by 和 are two names, never one joined name', () => {
    const got = names('东海县集中开工的9个项目中，宏达机械项目和康宁医药二期技改项目、北方科技区的瑞丰汽车零部件等重点项目建设稳步推进，总投资8亿元。');
    expect(got).toContain('宏达机械项目');
    expect(got).toContain('康宁医药二期技改项目');
    expect(got.some((n) => n.includes('项目和'))).toBe(false);
  });
  it('a batch (等一批…项目) names short brand-like items as projects', () => {
    expect(names('园区全年新签约项目40个，宏达通、国华电子等一批优质项目相继落地，总投资9亿元。')).toEqual(['宏达通', '国华电子']);
  });
  it('a list of industries before 等一批…项目 names sectors, not projects', () => {
    expect(listCandidates('园区新能源、新材料、生物医药等一批优质项目相继落地。')).toEqual([]);
    expect(listCandidates('高端装备制造、生物医药健康、新材料等战略性新兴产业项目加快建设。')).toEqual([]);
    expect(names('东海经济开发区新能源、新材料、高端装备等一批优质项目相继落地，总投资9亿元。')).not.toContain('新材料');
  });
  it('in a list, 和 inside one slot joins two items, a place before 的 is not part of the name, a quoted code is a name', () => {
    expect(names('东海县上半年集中开工的9个项目中，北方科技区的瑞丰汽车零部件、丰收万吨白酒、蓝天饮料食品和开发区的“702”、西河的钢铁新区等重点项目建设稳步推进，总投资8亿元。')).toEqual([
      '瑞丰汽车零部件',
      '丰收万吨白酒',
      '蓝天饮料食品',
      '“702”',
      '钢铁新区',
    ]);
  });
  it('a quoted slogan in a list is not a name', () => {
    expect(names('东海县积极开展“三个一批”、“双百”等重点项目建设活动，总投资8亿元。')).not.toContain('“双百”');
  });
  it('two long names joined by 和 before one 项目 are two projects; short sides, people and roads stay whole or out', () => {
    expect(names('东海经济开发区新签约工业项目12个，合同投资额23亿元，其中北方重工智能机器人和宏远4.0高端电动车生产项目达产后预计年产值90亿元。')).toEqual([
      '北方重工智能机器人',
      '宏远4.0高端电动车生产项目',
    ]);
    expect(names('东海经济开发区推进技术研发和成果转化中心项目，总投资3亿元。')).toEqual(['技术研发和成果转化中心项目']);
    const got = names('7月2日，东海县委书记张明、县长王亮等县领导和嘉宾共同为东海汽车城项目培土奠基，总投资9亿元。');
    expect(got.some((n) => /张明|王亮|领导/.test(n))).toBe(false);
  });
});
