/**
 * The Import tab (`view=import`): a user drops a report (.txt) or pastes its text, the engine runs
 * in a worker, the facts are joined onto the map ($atlas, see src/state/imported.ts), and the
 * panel lists each imported document with its summary, notes, facts (quotes as TEXT) and the text
 * as read. Refused inputs get a specific message; nothing already imported is lost.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { indicatorLabel, measureLabel } from '../data/indicators';
import type { AtlasFact } from '../data/schemas';
import { periodLabel } from '../data/selectors';
import { UNRESOLVED_PREFIX, GROUP_PREFIX, PROVINCE_ID } from '../data/join';
import { $importActivity, $importProblems, $imports, addImport, removeImport } from '../state/imported';
import { $lang, $panelTab, $selectedCity } from '../state/stores';
import { $selectedZone } from '../state/zones';
import { formatNumber, useT, type Translate } from './i18n';
import type { ImportedDoc, ImportOutcome, ImportStage, UserDate } from './import/pipeline';
import { MAX_IMPORT_BYTES, messageFor, type MessageRef } from './import/problems';
import { parseReportDate, publishedFor, reportDateMessage } from './import/report-date';
import { importFile, runImport } from './import/run';
import { highlightSegments } from './import/viewer';
import { formatFactValue } from './zone-facts';
import './zone-messages';
import './import/messages';
import './import/import.css';

const LIMIT_MB = MAX_IMPORT_BYTES / (1024 * 1024);
const LIST_LIMIT = 100;

/** Run imports one after another (a drop of several files queues them), reporting progress. */
async function importAll(jobs: Array<{ name: string; run: (onStage: (s: ImportStage) => void) => Promise<ImportOutcome> }>) {
  $importProblems.set([]);
  for (const job of jobs) {
    $importActivity.set({ state: 'working', name: job.name, stage: 'read' });
    const outcome = await job.run((stage) => $importActivity.set({ state: 'working', name: job.name, stage }));
    if (outcome.ok) addImport(outcome.doc);
    else $importProblems.set([...$importProblems.get(), { name: outcome.name, problem: outcome.problem }]);
  }
  $importActivity.set({ state: 'idle' });
}

const importFiles = (files: FileList | File[]) =>
  importAll([...files].map((f) => ({ name: f.name, run: (onStage) => importFile(f, onStage) })));

/**
 * A file dropped anywhere else on the page would make the browser open it in place of the app,
 * losing this session's imports. So a drop of files anywhere imports them (and shows this tab).
 * Installed once when this module loads, which the side panel does at start-up.
 */
function installPageDrop(): void {
  const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e) || e.defaultPrevented) return; // the drop zone handled it
    e.preventDefault();
    $panelTab.set('import');
    if (e.dataTransfer?.files.length) void importFiles(e.dataTransfer.files);
  });
}
if (typeof window !== 'undefined') installPageDrop();

function DropZone() {
  const t = useT();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <label
      class={over ? 'imp-drop imp-drop--over' : 'imp-drop'}
      data-testid="import-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer?.files.length) void importFiles(e.dataTransfer.files);
      }}
    >
      <input
        ref={input}
        type="file"
        accept=".txt,text/plain"
        multiple
        class="imp-file"
        data-testid="import-file"
        onChange={(e) => {
          const el = e.currentTarget;
          if (el.files?.length) void importFiles([...el.files]).then(() => (el.value = ''));
        }}
      />
      <span class="imp-drop-main">{t('import.drop')}</span>
      <span class="imp-drop-sub muted">{t('import.drop.limit', { limit: LIMIT_MB })}</span>
    </label>
  );
}

function PasteBox() {
  const t = useT();
  const [text, setText] = useState('');
  const busy = useStore($importActivity).state === 'working';
  const name = t('import.paste.name');
  return (
    <details class="imp-paste">
      <summary>{t('import.paste')}</summary>
      <textarea
        class="imp-paste-text"
        data-testid="import-paste"
        rows={6}
        placeholder={t('import.paste.placeholder')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {/* The pasted text stays in the box after an import, whatever the outcome: nothing is lost. */}
      <button type="button" class="imp-button" data-testid="import-paste-submit" disabled={busy}
        onClick={() => void importAll([{ name, run: (onStage) => runImport({ name, text }, onStage) }])}>
        {t('import.paste.submit')}
      </button>
    </details>
  );
}

function Activity() {
  const t = useT();
  const a = useStore($importActivity);
  return (
    <p class="imp-status" role="status" aria-live="polite" data-testid="import-status">
      {a.state === 'working' ? t(`import.stage.${a.stage}`, { name: a.name }) : ''}
    </p>
  );
}

function Problems() {
  const t = useT();
  const list = useStore($importProblems);
  return (
    <>
      {list.map((p, i) => {
        const m = messageFor(p.name, p.problem);
        const detail = 'detail' in p.problem ? p.problem.detail : '';
        return (
          <div key={i} class="imp-error" role="alert" data-testid="import-error" data-kind={p.problem.kind}>
            <p>{t(m.key, m.params)}</p>
            {detail && <p class="imp-detail muted">{t('import.err.detail', { detail })}</p>}
            <button type="button" class="link-button" onClick={() => $importProblems.set($importProblems.get().filter((x) => x !== p))}>
              {t('import.err.dismiss')}
            </button>
          </div>
        );
      })}
    </>
  );
}

/** Where a fact sits on the map: a zone id, a city adcode, or nowhere selectable. */
function placeOf(f: AtlasFact): { zone: string } | { city: string } | null {
  if (f.subject_id.startsWith(UNRESOLVED_PREFIX) || f.subject_id.startsWith(GROUP_PREFIX) || f.subject_id === PROVINCE_ID) return null;
  return /^14\d{2}00$/.test(f.subject_id) ? { city: f.subject_id } : { zone: f.subject_id };
}

function showOnMap(f: AtlasFact) {
  const p = placeOf(f);
  if (!p) return;
  if ('zone' in p) $selectedZone.set(p.zone);
  else {
    $selectedZone.set(null);
    $selectedCity.set(p.city);
  }
  $panelTab.set('detail');
}

function FactItem({ f, t, testid = 'import-fact' }: { f: AtlasFact; t: Translate; testid?: string }) {
  const lang = useStore($lang);
  const placed = placeOf(f) !== null || f.subject_id.startsWith(GROUP_PREFIX) || f.subject_id === PROVINCE_ID;
  return (
    <li class="imp-fact" data-testid={testid} data-subject-id={f.subject_id} data-period={f.period} data-indicator={f.indicator}>
      <div class="imp-fact-head">
        <span class="imp-subject">{f.subject}</span>
        <span class="imp-value">{formatFactValue(f, lang)}</span>
      </div>
      <div class="imp-fact-sub muted">
        {indicatorLabel(f.indicator, lang)} · {measureLabel(f.indicator, f.measure, lang)} · {periodLabel(f.period, lang)} · {t(`fact.${f.kind}`)}
        {!placed && <span class="imp-unplaced"> · {t('import.unplaced')}</span>}
      </div>
      <blockquote class="imp-quote" data-testid="import-fact-quote">{f.quote}</blockquote>
      {placeOf(f) && (
        <button type="button" class="link-button imp-show" onClick={() => showOnMap(f)}>
          {t('import.show')}
        </button>
      )}
    </li>
  );
}

function TextViewer({ doc, t }: { doc: ImportedDoc; t: Translate }) {
  const lang = useStore($lang);
  const all = [...doc.join.facts, ...(doc.join.undated ?? [])];
  const { segments, truncated } = highlightSegments(doc.text.length, all.map((f) => f.source));
  const shown = segments.length ? segments[segments.length - 1].end : 0;
  return (
    <details class="imp-viewer-wrap" open={all.length === 0}>
      <summary>{t('import.viewer')}</summary>
      {truncated && (
        <p class="muted">{t('import.viewer.truncated', { shown: formatNumber(lang, shown), total: formatNumber(lang, doc.text.length) })}</p>
      )}
      <pre class="imp-viewer" data-testid="import-viewer">
        {segments.map((s) => {
          const text = doc.text.slice(s.start, s.end);
          return s.mark ? <mark key={s.start}>{text}</mark> : text;
        })}
      </pre>
    </details>
  );
}

/** Extract a document again, with the date the user gave (or without one: back to what the text says). */
const reextract = (doc: ImportedDoc, date: UserDate | null) =>
  importAll([
    {
      name: doc.name,
      run: (onStage) =>
        runImport({ name: doc.name, text: doc.text, encoding: doc.encoding, size: doc.bytes, ...(date ? { date } : {}) }, onStage),
    },
  ]);

/**
 * For a report that gives no year: the user says which year (or on which date it was published), and
 * the extraction runs again with it, so the figures get real periods and join the map and the slider.
 */
function YearForm({ doc }: { doc: ImportedDoc }) {
  const t = useT();
  const [value, setValue] = useState(doc.date?.input ?? '');
  const [error, setError] = useState<MessageRef | null>(null);
  const busy = useStore($importActivity).state === 'working';
  const id = `imp-year-${doc.name}`;
  const submit = (e: Event) => {
    e.preventDefault();
    const r = parseReportDate(value, new Date().getFullYear());
    if (!r.ok) {
      setError(reportDateMessage(value, r));
      return;
    }
    setError(null);
    void reextract(doc, { input: value.trim(), published: publishedFor(r, doc.join.undated ?? [], doc.date?.published) });
  };
  return (
    <form class="imp-year" data-testid="import-year" onSubmit={submit} noValidate>
      <label class="imp-year-label" for={id}>
        {t('import.year.label')}
      </label>
      <div class="imp-year-row">
        <input
          id={id}
          class="imp-year-input"
          data-testid="import-year-input"
          type="text"
          autocomplete="off"
          placeholder={t('import.year.placeholder')}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" class="imp-button" data-testid="import-year-submit" disabled={busy}>
          {t('import.year.submit')}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} class="imp-year-error" role="alert" data-testid="import-year-error" data-error={error.key}>
          {t(error.key, error.params)}
        </p>
      ) : (
        <p id={`${id}-hint`} class="imp-year-hint muted">
          {t('import.year.hint')}
        </p>
      )}
      {doc.date && (
        <p class="imp-year-applied" data-testid="import-year-applied">
          {t('import.year.applied', { input: doc.date.input, published: doc.date.published })}{' '}
          <button type="button" class="link-button" data-testid="import-year-clear" disabled={busy}
            onClick={() => {
              setValue('');
              setError(null);
              void reextract(doc, null);
            }}>
            {t('import.year.clear')}
          </button>
        </p>
      )}
    </form>
  );
}

function DocCard({ doc }: { doc: ImportedDoc }) {
  const t = useT();
  const lang = useStore($lang);
  const { facts, projects } = doc.join;
  const undated = doc.join.undated ?? [];
  const n = (x: number) => formatNumber(lang, x);
  // A long report can give thousands of facts; the first ones render at once, the rest on request.
  const [showAll, setShowAll] = useState(false);
  return (
    <section class="imp-doc" data-testid="import-doc" data-name={doc.name}>
      <div class="imp-doc-head">
        <h3 class="imp-doc-name">
          <span class="imp-badge">{t('import.provenance')}</span> {doc.name}
        </h3>
        <button type="button" class="imp-button imp-remove" data-testid="import-remove" aria-label={t('import.remove.label', { name: doc.name })}
          onClick={() => removeImport(doc.name)}>
          {t('import.remove')}
        </button>
      </div>
      <p class="imp-summary" data-testid="import-summary" data-facts={facts.length} data-projects={projects.length}>
        {t('import.summary', { facts: n(facts.length), projects: n(projects.length), warnings: n(doc.warnings.length) })}
        {undated.length > 0 && t('import.summary.undated', { n: n(undated.length) })}
      </p>
      <p class="imp-meta muted">
        {t('import.meta', {
          encoding: doc.encoding === 'pasted' ? t('import.encoding.pasted') : doc.encoding.toUpperCase(),
          chars: n(doc.text.length),
        })}
      </p>
      {doc.notes.map((note) => {
        const m = messageFor(doc.name, note);
        return (
          <p key={note.kind} class={`imp-note imp-note--${note.kind}`} data-testid="import-note" data-kind={note.kind}>
            {t(m.key, m.params)}
          </p>
        );
      })}
      {(doc.date || doc.notes.some((x) => x.kind === 'no_year')) && <YearForm doc={doc} />}
      {facts.length > 0 && (
        <>
          <h4 class="imp-h">{t('import.facts')}</h4>
          <ul class="imp-facts" data-testid="import-facts">
            {(showAll ? facts : facts.slice(0, LIST_LIMIT)).map((f) => (
              <FactItem key={f.id} f={f} t={t} />
            ))}
          </ul>
          {!showAll && facts.length > LIST_LIMIT && (
            <button type="button" class="imp-button" onClick={() => setShowAll(true)}>
              {t('import.showAll', { n: n(facts.length) })}
            </button>
          )}
        </>
      )}
      {undated.length > 0 && (
        <>
          <h4 class="imp-h">{t('import.undated', { n: n(undated.length) })}</h4>
          <ul class="imp-facts imp-facts--undated" data-testid="import-undated">
            {(showAll ? undated : undated.slice(0, LIST_LIMIT)).map((f) => (
              <FactItem key={f.id} f={f} t={t} testid="import-undated-fact" />
            ))}
          </ul>
          {!showAll && facts.length <= LIST_LIMIT && undated.length > LIST_LIMIT && (
            <button type="button" class="imp-button" onClick={() => setShowAll(true)}>
              {t('import.showAll', { n: n(undated.length) })}
            </button>
          )}
        </>
      )}
      {doc.warnings.length > 0 && (
        <details class="imp-warnings">
          <summary>{t('import.warnings', { n: n(doc.warnings.length) })}</summary>
          <ul data-testid="import-warnings">
            {doc.warnings.slice(0, showAll ? undefined : LIST_LIMIT).map((w, i) => (
              <li key={i} data-kind={w.kind}>
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <TextViewer doc={doc} t={t} />
    </section>
  );
}

export function ImportPanel() {
  const t = useT();
  const docs = useStore($imports);
  return (
    <div class="import" data-testid="import-panel">
      <h2 class="imp-title">{t('import.title')}</h2>
      <p class="imp-intro">{t('import.intro')}</p>
      <p class="imp-privacy muted">{t('import.privacy')}</p>
      <DropZone />
      <PasteBox />
      <Activity />
      <Problems />
      {[...docs].reverse().map((d) => (
        <DocCard key={d.name} doc={d} />
      ))}
    </div>
  );
}
