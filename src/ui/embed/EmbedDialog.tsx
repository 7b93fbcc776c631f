/**
 * The 嵌入/Embed dialog: the <iframe> snippet of the CURRENT view with width and height fields and
 * a copy button (Clipboard API; where it is missing or refused, the code is selected so Ctrl+C
 * copies it). A native <dialog>: focus is trapped, Esc closes.
 */
import { atom } from 'nanostores';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { clampSize, EMBED_DEFAULT, EMBED_MIN, iframeSnippet } from './embed';
import { $urlStateVersion, viewUrl } from './embed-url';
import '../compare/messages';
import './embed.css';

const PREVIEW_WIDTH = 580;

/** Whether the dialog is open (not in the URL: a link never opens a dialog). */
export const $embedDialogOpen = atom(false);

export function EmbedDialog() {
  const t = useT();
  const open = useStore($embedDialogOpen);
  useStore($urlStateVersion);
  const ref = useRef<HTMLDialogElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [w, setW] = useState<string>(String(EMBED_DEFAULT.width));
  const [h, setH] = useState<string>(String(EMBED_DEFAULT.height));
  const [status, setStatus] = useState<'' | 'copied' | 'selected'>('');
  // Off by default: a preview is a second copy of the app with its own map.
  const [preview, setPreview] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setStatus('');
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) d.close();
  }, [open]);

  const width = clampSize(w, EMBED_MIN.width, EMBED_DEFAULT.width);
  const height = clampSize(h, EMBED_MIN.height, EMBED_DEFAULT.height);
  const src = open ? viewUrl('embed') : '';
  const snippet = open ? iframeSnippet(src, width, height, t('embed.frameTitle')) : '';
  // The preview is drawn at the real size and scaled down to the dialog's width.
  const scale = Math.min(1, PREVIEW_WIDTH / width);

  const selectAll = () => {
    area.current?.focus();
    area.current?.select();
    setStatus('selected');
  };
  const copy = () => {
    const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clip || typeof clip.writeText !== 'function') return selectAll();
    clip.writeText(snippet).then(() => setStatus('copied'), selectAll);
  };

  return (
    <dialog ref={ref} class="embed-dialog" aria-labelledby="embed-title" data-testid="embed-dialog" onClose={() => $embedDialogOpen.set(false)}>
      <h2 id="embed-title">{t('embed.title')}</h2>
      <p class="muted">{t('embed.intro')}</p>
      <div class="embed-size">
        <label>
          {t('embed.width')}
          <input type="number" min={EMBED_MIN.width} step={10} value={w} data-testid="embed-width" onInput={(e) => setW((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('embed.height')}
          <input type="number" min={EMBED_MIN.height} step={10} value={h} data-testid="embed-height" onInput={(e) => setH((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <span class="muted">{t('embed.minSize', { w: EMBED_MIN.width, h: EMBED_MIN.height })}</span>
      </div>
      <label class="embed-code">
        {t('embed.code')}
        <textarea ref={area} readOnly rows={4} value={snippet} data-testid="embed-code" onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
      </label>
      <div class="embed-actions">
        <button type="button" class="embed-copy" data-testid="embed-copy" onClick={copy}>
          {t('embed.copy')}
        </button>
        <span role="status" class="embed-status" data-testid="embed-status">
          {status ? t(status === 'copied' ? 'embed.copied' : 'embed.selected') : ''}
        </span>
        <label class="embed-preview-toggle">
          <input type="checkbox" checked={preview} data-testid="embed-preview-toggle" onChange={(e) => setPreview((e.currentTarget as HTMLInputElement).checked)} />
          {t('embed.preview')}
        </label>
        <button type="button" class="embed-close" onClick={() => $embedDialogOpen.set(false)}>
          {t('embed.close')}
        </button>
      </div>
      {open && preview && (
        <div class="embed-preview" style={{ width: `${width * scale}px`, height: `${height * scale}px` }}>
          <iframe
            src={src}
            width={width}
            height={height}
            title={t('embed.frameTitle')}
            data-testid="embed-preview"
            style={{ transform: `scale(${scale})`, transformOrigin: '0 0', border: 0 }}
          />
        </div>
      )}
    </dialog>
  );
}
