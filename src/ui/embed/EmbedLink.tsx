/**
 * In an embedded view: a small link that opens the same view (same parameters, mode removed) in
 * the full app in a new tab. A plain link with target=_blank: the embedded page never reaches
 * into the page that embeds it.
 */
import { useStore } from '@nanostores/preact';
import { useT } from '../i18n';
import { $urlStateVersion, viewUrl } from './embed-url';
import '../compare/messages';
import './embed.css';

export function EmbedLink() {
  const t = useT();
  useStore($urlStateVersion);
  const href = viewUrl('normal');
  return (
    <a class="embed-open" href={href} target="_blank" rel="noopener" aria-label={t('embed.link.label')} data-testid="embed-open-link">
      {t('embed.link')}
    </a>
  );
}
