/**
 * Data-quality tab: reads data/quality.json (listed in data/manifest.json) — how many figures landed
 * on the map, and every name the join could not place (unknown or ambiguous), with the report and
 * the sentence it came from. Nothing the engine found is silently dropped; it is listed here.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { QualityReportSchema, type QualityReport } from '../data/schemas';
import { ManifestSchema, dataUrl } from '../state/data';
import { $lang } from '../state/stores';
import { useT } from './i18n';
import './zone-messages';
import './zones.css';

type LoadState = { state: 'loading' } | { state: 'none' } | { state: 'failed'; detail: string } | { state: 'ready'; report: QualityReport };

/** Fetch and validate the report; resolves to a state, never throws. */
export async function loadQualityReport(base: string = import.meta.env.BASE_URL): Promise<LoadState> {
  try {
    const manifest = ManifestSchema.parse(await (await fetch(dataUrl(base, 'manifest.json'))).json());
    const entry = manifest.files.quality;
    if (!entry) return { state: 'none' };
    const res = await fetch(dataUrl(base, entry.path, entry.sha));
    if (!res.ok) return { state: 'failed', detail: `${entry.path}: HTTP ${res.status}` };
    const parsed = QualityReportSchema.safeParse(await res.json());
    if (!parsed.success) return { state: 'failed', detail: `${entry.path}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` };
    return { state: 'ready', report: parsed.data };
  } catch (e) {
    return { state: 'failed', detail: (e as Error).message };
  }
}

let cache: Promise<LoadState> | null = null;

export function QualityPanel() {
  const t = useT();
  const lang = useStore($lang);
  const [s, setS] = useState<LoadState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    (cache ??= loadQualityReport()).then((r) => live && setS(r));
    return () => {
      live = false;
    };
  }, []);

  if (s.state === 'loading') return <p class="muted">{t('quality.loading')}</p>;
  if (s.state === 'none') return <p class="muted">{t('quality.none')}</p>;
  if (s.state === 'failed') return <p role="alert">{t('quality.failed', { detail: s.detail })}</p>;

  const { summary, issues } = s.report;
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US');
  const warnings = Object.entries(summary.warnings_by_kind)
    .map(([k, n]) => `${k} ${nf.format(n)}`)
    .join('，');
  return (
    <div class="quality" data-testid="quality-panel">
      <h2>{t('quality.title')}</h2>
      <p data-testid="quality-summary">
        {t('quality.summary', {
          facts: nf.format(summary.facts),
          joined: nf.format(summary.facts_joined),
          unresolved: nf.format(summary.facts_unresolved),
          projects: nf.format(summary.projects),
          zonesWithFacts: nf.format(summary.zones_with_facts),
          zones: nf.format(summary.zones),
        })}
      </p>
      {warnings && <p class="muted">{t('quality.warnings', { list: warnings })}</p>}
      <h3 class="zf-h">{t('quality.issues', { n: nf.format(issues.length) })}</h3>
      {issues.length === 0 ? (
        <p class="muted">{t('quality.noIssues')}</p>
      ) : (
        <table data-testid="quality-issues">
          <thead>
            <tr>
              <th>{t('quality.kind')}</th>
              <th>{t('quality.name')}</th>
              <th>{t('quality.message')}</th>
              <th>{t('quality.seed')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i, n) => (
              <tr key={n}>
                <td>{t(`quality.kind.${i.kind}`)}</td>
                <td>{i.name ?? ''}</td>
                <td>
                  {i.message}
                  {i.quote && <div class="q-quote">「{i.quote}」</div>}
                </td>
                <td>{i.seed ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
