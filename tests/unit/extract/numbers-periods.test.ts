import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/extract/numbers';
import { findPeriodCues, headingInfo } from '../../../src/extract/periods';

const nums = (s: string) => findNumbers(s).map((t) => ({ v: t.value, u: t.unit, a: t.approx, skip: t.skip ?? null }));

describe('numbers', () => {
  it('reads decimals, units and approximations', () => {
    expect(nums('签约额50.28亿元')).toEqual([{ v: 50.28, u: '亿元', a: false, skip: null }]);
    expect(nums('洽谈对接项目51余次')).toEqual([{ v: 51, u: '次', a: true, skip: null }]);
    expect(nums('同比增速约11%')).toEqual([{ v: 11, u: '%', a: true, skip: null }]);
    expect(nums('产出强度达到100万元/亩')[0]).toMatchObject({ v: 100, u: '万元/亩' });
  });

  it('keeps a printed minus sign as a negative number', () => {
    expect(nums('同比增长-2.3%')[0].v).toBe(-2.3);
  });

  it('marks numbers that are not figures', () => {
    expect(nums('1-9月')[0].skip).toBe('range');
    expect(nums('高于全市增速9.8个百分点')[0].skip).toBe('percentage_points');
    expect(nums('2023年6月29日')[0].skip).toBe('date');
    expect(nums('重点招引1-2个总投资20亿元以上的龙头项目').map((x) => x.skip)).toEqual(['range', 'range', 'threshold']);
    expect(nums('95%以上审批事项')[0].skip).toBe('threshold');
    expect(nums('全年工业投资总量达到50亿元以上,增速')[0].skip).toBeNull();
    expect(nums('符合领办代办109个项目中,106个项目')[0].skip).toBe('denominator');
  });
});

describe('periods', () => {
  const cue = (s: string) => findPeriodCues(s).map((c) => ({ year: c.year ?? null, to: c.toMonth ?? null }));
  it('reads cumulative cues', () => {
    expect(cue('前三季度,工业投资')).toEqual([{ year: null, to: 9 }]);
    expect(cue('1-10月,全市')).toEqual([{ year: null, to: 10 }]);
    expect(cue('截至6月底,全市')).toEqual([{ year: null, to: 6 }]);
    expect(cue('2023年上半年与全省同步')).toEqual([{ year: 2023, to: 6 }]);
    expect(cue('1-3月份,工业总产值')).toEqual([{ year: null, to: 3 }]);
    expect(cue('全年计划完成')).toEqual([{ year: null, to: 12 }]);
    expect(cue('今年前10个月,全市')).toEqual([{ year: null, to: 10 }]);
    expect(cue('2023年1—11月,全市')).toEqual([{ year: 2023, to: 11 }]);
  });
  it('takes a date as an event’s month, flagged so it never becomes the report’s usual period', () => {
    expect(cue('2023年6月29日举行')).toEqual([{ year: 2023, to: 6 }]);
    expect(findPeriodCues('2023年6月29日举行')[0]?.event).toBe(true);
  });
  it('reads headings', () => {
    expect(headingInfo('2023 年工作成绩'.replace(' ', ''))).toMatchObject({ plan: false, year: 2023, toMonth: 12 });
    expect(headingInfo('2024年工作计划')).toMatchObject({ plan: true, year: 2024, toMonth: 12 });
    expect(headingInfo('上半年工作进展')).toMatchObject({ plan: false, toMonth: 6 });
    expect(headingInfo('下一步工作计划')).toMatchObject({ plan: true });
    expect(headingInfo('工作推进情况及亮点').toMonth).toBeUndefined();
  });
});
