/** Product name, the 演示/Present and 嵌入/Embed buttons, and the 中文/English switch. */
import { useStore } from '@nanostores/preact';
import { $lang } from '../state/stores';
import { $mode } from '../state/mode';
import { useT } from './i18n';
import { enterPresentation, leavePresentation } from './present/present';
import { $embedDialogOpen } from './embed/EmbedDialog';
import './compare/messages';
import './embed/embed.css';

export function Header() {
  const t = useT();
  const lang = useStore($lang);
  const mode = useStore($mode);
  const presenting = mode === 'present';
  return (
    <header class="app-header">
      <div class="brand">
        <h1>{t('app.title')}</h1>
        <span class="subtitle">{t('app.subtitle')}</span>
      </div>
      <div class="header-tools">
        <button
          type="button"
          class="header-button present-button"
          aria-pressed={presenting}
          title={presenting ? t('present.keys') : t('present.enter.label')}
          data-testid="present-toggle"
          onClick={() => (presenting ? leavePresentation() : enterPresentation())}
        >
          {presenting ? t('present.exit') : t('present.enter')}
        </button>
        <button
          type="button"
          class="header-button embed-button"
          aria-haspopup="dialog"
          title={t('embed.open.label')}
          data-testid="embed-button"
          onClick={() => $embedDialogOpen.set(true)}
        >
          {t('embed.open')}
        </button>
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
