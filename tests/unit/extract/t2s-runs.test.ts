import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import fc from 'fast-check';
import { convertLine, toSimplified } from '../../../src/extract/normalise';

// Converting only a line's stretches that can change must give exactly what converting the whole line gives.
const LINES = [
  '某州经开区上半年实现营业收入12.5亿元,同比增长8.3%,显著高于全市平均水平。',
  '乙县开发区围绕新材料产业,新签约项目7个,总投资约23亿元;其中乾燥设备项目投资2亿元。',
  '丙市高新区一目了然的成绩单:规上工业增加值增长11%,固定资产投资完成率达著名的95%。',
  '台资企业3家、才落地的项目5个,吃住配套完善,上梁仪式于3月举行。',
  '全区反复研究,不了解情况的不表态,以免借口拖延。',
];

describe('traditional → simplified by stretches', () => {
  const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const hk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  it('gives the whole-line conversion for simplified, Taiwan and Hong Kong script lines', () => {
    for (const s of LINES) for (const line of [s, tw(s), hk(s)]) expect(convertLine(line)).toBe(toSimplified(line));
  });
  it('converts a traditional page line to simplified', () => {
    expect(convertLine(tw('某州经开区实现营业收入12亿元'))).toBe('某州经开区实现营业收入12亿元');
  });
  it('keeps a phrase conversion in a line with another traditional character (乾燥 → 干燥)', () => {
    expect(convertLine('發展乾燥設備')).toBe(toSimplified('發展乾燥設備'));
  });
  it('gives the whole-line conversion for any mix of traditional, phrase and plain characters', () => {
    const chars = [...'乾燥著名發展台才吃床梁上一目瞭然反覆藉口開發區實現營業收入的了在,。;、12%億元顯著昇'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (a) => {
        const line = a.join('');
        expect(convertLine(line)).toBe(toSimplified(line));
      }),
      { numRuns: 500 },
    );
  });
});
