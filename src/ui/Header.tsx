/** Product name and the 中文/English switch. */
import { useStore } from '@nanostores/preact';
import { $lang } from '../state/stores';
import { useT } from './i18n';

export function Header() {
  const t = useT();
  const lang = useStore($lang);
  return (
    <header class="app-header">
      <div class="brand">
        <h1>{t('app.title')}</h1>
        <span class="subtitle">{t('app.subtitle')}</span>
      </div>
      <div class="header-tools">
        <button
          type="button"
          class="lang-switch"
          lang={lang === 'zh' ? 'en' : 'zh'}
          aria-label={t('lang.switch.label')}
          onClick={() => $lang.set(lang === 'zh' ? 'en' : 'zh')}
          data-testid="lang-switch"
        >
          {t('lang.switch')}
        </button>
      </div>
    </header>
  );
}
