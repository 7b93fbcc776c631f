/** The zh/en dictionary: complete in both languages, placeholders filled, user input never translated. */
import { describe, expect, it } from 'vitest';
import { addMessages, messageKeys, translate } from '../../src/ui/i18n';

describe('translate', () => {
  it('defaults to the Chinese product name and switches to English', () => {
    expect(translate('zh', 'app.title')).toBe('山西开发区图谱');
    expect(translate('en', 'app.title')).toBe('Shanxi Zone Atlas');
  });

  it('fills placeholders and translates the hint, but inserts URL input verbatim', () => {
    const zh = translate('zh', 'notice.badParam', { key: 'city', value: 'app.title', hint: 'url.city.hint' });
    expect(zh).toContain('city=app.title');
    expect(zh).not.toContain('山西开发区图谱');
    expect(zh).toContain('140100');
    const en = translate('en', 'notice.badParam', { key: 'city', value: '999999', hint: 'url.city.hint' });
    expect(en).toContain('city=999999');
    expect(en).toContain('e.g. 140100');
  });

  it('falls back to Chinese, then to the key, for strings another module has not translated', () => {
    addMessages({ zh: { 'test.only.zh': '仅中文' }, en: {} });
    expect(translate('en', 'test.only.zh')).toBe('仅中文');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('dictionaries', () => {
  it('have the same keys in zh and en, so no English view shows Chinese by accident', () => {
    const real = (keys: string[]) => keys.filter((k) => !k.startsWith('test.'));
    expect(real(messageKeys('en'))).toEqual(real(messageKeys('zh')));
  });
});
