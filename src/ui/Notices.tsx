/** Dismissible banners (bad URL values, optional data skipped) and the fatal error box. */
import { useStore } from '@nanostores/preact';
import { $fatal, $notices, dismiss } from '../state/notices';
import { useT } from './i18n';

export function Notices() {
  const t = useT();
  const notices = useStore($notices);
  if (notices.length === 0) return null;
  return (
    <div class="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} class={`notice notice--${n.level}`} data-testid="notice" data-notice-id={n.id}>
          <span class="notice-text">{t(n.key, n.params)}</span>
          <button type="button" class="notice-close" aria-label={t('notice.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** Replaces the map when it cannot work: says what failed and what to do. Detail is plain text. */
export function FatalError() {
  const t = useT();
  const fatal = useStore($fatal);
  if (!fatal) return null;
  return (
    <div class="fatal" role="alert" data-testid="fatal">
      <h2>{t('fatal.title')}</h2>
      <p class="fatal-what">{t(fatal.key)}</p>
      {fatal.hintKey && <p class="fatal-hint">{t(fatal.hintKey)}</p>}
      {fatal.detail && (
        <details open>
          <summary>{t('fatal.detail')}</summary>
          <code>{fatal.detail}</code>
        </details>
      )}
    </div>
  );
}
