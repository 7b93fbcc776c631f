// A page that names its zone only in its source line (or its metadata's source): its projects and figures are the
// zone's. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument, sourceZone } from '../../../src/extract/index';

const body = '1-6月份,签约甲乙新材料、丙丁制药、戊己电子等项目12个。';
const run = (text: string, source?: string) =>
  extractDocument({ name: 't.txt', text, meta: source ? { published: '2021-07', source } : { published: '2021-07' } }).projects.map((p) => [p.name, p.subject]);

describe('source line as the document subject', () => {
  it('a 来源 line naming a zone’s 管委会 gives the subject of the page’s projects', () => {
    const t = '上半年招商引资情况\n' + body + '\n来源:柳河经济技术开发区管委会 发布时间:2021-07-02';
    expect(run(t)).toEqual([
      ['甲乙新材料', '柳河经济技术开发区'],
      ['丙丁制药', '柳河经济技术开发区'],
      ['戊己电子', '柳河经济技术开发区'],
    ]);
  });
  it('the metadata’s source works the same way', () => {
    expect(run('上半年招商引资情况\n' + body, '柳河高新技术产业开发区管理委员会').map((r) => r[1])).toEqual([
      '柳河高新技术产业开发区',
      '柳河高新技术产业开发区',
      '柳河高新技术产业开发区',
    ]);
  });
  it('a newspaper or a bureau as the source names no subject', () => {
    expect(sourceZone('来源:安平日报 编辑:某某\n正文')).toBeNull();
    expect(sourceZone('正文', '安平市商务局')).toBeNull();
    // (Its projects are kept, under the unknown zone: never under the newspaper.)
    expect(run('上半年招商引资情况\n来源:安平日报\n' + body).map((r) => r[1])).toEqual(['某区', '某区', '某区']);
  });
  it('a zone named in the text wins over the metadata’s source', () => {
    const t = '上半年招商引资情况\n东湖高新区1-6月份签约甲乙新材料、丙丁制药、戊己电子等项目12个。';
    expect(new Set(run(t, '柳河经济技术开发区管委会').map((r) => r[1]))).toEqual(new Set(['东湖高新技术产业开发区']));
  });
});
