/**
 * URL ⇄ store round-trip, driven by a TABLE of parameters (url-params.ts).
 *
 * Each entry says how one query parameter maps to one store: parse (string → value, or
 * undefined when invalid), format (value → string), its default, and whether a change adds a
 * history entry (back/forward) or replaces the current one. Defaults are omitted from the URL;
 * parameters not in the table are kept untouched (a portal may add its own).
 * An invalid value never crashes: the store gets the default and the user sees a notice.
 */
import type { WritableAtom } from 'nanostores';
import { notify } from './notices';

export interface UrlParam<T> {
  key: string;
  store: WritableAtom<T>;
  default: T;
  /** Raw query value → value; undefined means "not valid" (the default is used and a notice shown). */
  parse(raw: string): T | undefined;
  format(value: T): string;
  /** `push` (default): a change is a new history entry, so Back undoes it. `replace` for minor view state. */
  history?: 'push' | 'replace';
  /** i18n key describing valid values, appended to the invalid-value notice. */
  hintKey?: string;
  /** Validity depends on loaded data (e.g. known city codes): applied only once the data is ready. */
  needsData?: boolean;
}

// The table is heterogeneous; each entry is type-checked where it is written with urlParam().
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyUrlParam = UrlParam<any>;

/**
 * A name typed into a link, folded for comparison: width (NFKC), spaces and case ignored, and a
 * leading 山西/山西省 dropped the way reports print it. Both sides of a comparison are folded.
 */
export function foldLinkName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/^山西省?/, '').toLowerCase();
}

/** Identity helper that type-checks one table entry. */
export function urlParam<T>(p: UrlParam<T>): UrlParam<T> {
  return p;
}

export interface InvalidParam {
  key: string;
  raw: string;
  hintKey?: string;
}

export interface ReadResult {
  values: Map<string, unknown>;
  invalid: InvalidParam[];
}

/** Pure: query string → a value for every parameter of the table (default when absent or invalid). */
export function readParams(search: string, table: readonly AnyUrlParam[]): ReadResult {
  const q = new URLSearchParams(search);
  const values = new Map<string, unknown>();
  const invalid: InvalidParam[] = [];
  for (const p of table) {
    const raw = q.get(p.key);
    if (raw === null || raw === '') {
      values.set(p.key, p.default);
      continue;
    }
    const v = p.parse(raw);
    if (v === undefined) {
      invalid.push({ key: p.key, raw, hintKey: p.hintKey });
      values.set(p.key, p.default);
    } else values.set(p.key, v);
  }
  return { values, invalid };
}

/**
 * Pure: the query string for `values`, starting from `search` so parameters outside the table
 * survive. Values equal to their default are left out, so the default view has a clean URL.
 */
export function writeParams(search: string, table: readonly AnyUrlParam[], values: Map<string, unknown>): string {
  const q = new URLSearchParams(search);
  for (const p of table) {
    if (!values.has(p.key)) continue;
    const s = p.format(values.get(p.key));
    if (s === '' || s === p.format(p.default)) q.delete(p.key);
    else q.set(p.key, s);
  }
  const out = q.toString();
  return out ? `?${out}` : '';
}

/** The parts of `window` the sync uses, so tests can pass a fake. */
export interface UrlWindow {
  location: { search: string; pathname: string; hash: string };
  history: {
    pushState(data: unknown, unused: string, url?: string): void;
    replaceState(data: unknown, unused: string, url?: string): void;
  };
  addEventListener(type: 'popstate', fn: () => void): void;
  removeEventListener(type: 'popstate', fn: () => void): void;
}

export interface UrlSync {
  /**
   * Apply the current URL to the stores (runs at start and on back/forward). `only` limits it to
   * some parameters: a value checked against data that arrived later (?zone= against the atlas)
   * is read again without resetting state the app derived from the first reading (the 比较 tab a
   * ?compare= link opens).
   */
  apply(only?: readonly string[]): void;
  /** Write pending store changes to the URL now (normally done in a microtask). */
  flush(): void;
  stop(): void;
}

export interface UrlSyncOptions {
  /** False while data is still loading or failed: entries with needsData are left alone. */
  dataReady?: boolean;
  win?: UrlWindow;
  /**
   * When true, every change replaces the current history entry. An embedded view (?mode=embed)
   * uses it: an <iframe>'s history entries are the embedding page's, so clicks on the map must
   * not fill that page's Back button.
   */
  replaceOnly?: () => boolean;
}

/**
 * Start mirroring the table's stores to the URL and back. Store changes made in the same tick
 * become one history entry; Back/Forward (popstate) re-applies the URL to the stores.
 */
export function startUrlSync(table: readonly AnyUrlParam[], opts: UrlSyncOptions = {}): UrlSync {
  const win = opts.win ?? (window as unknown as UrlWindow);
  const params = table.filter((p) => opts.dataReady !== false || !p.needsData);
  const pending = new Set<string>();
  let scheduled = false;

  const currentValues = () => new Map(params.map((p) => [p.key, p.store.get()] as const));
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;

  function flush() {
    scheduled = false;
    if (pending.size === 0) return;
    const push = !opts.replaceOnly?.() && params.some((p) => pending.has(p.key) && (p.history ?? 'push') === 'push');
    pending.clear();
    const next = writeParams(win.location.search, params, currentValues());
    if (next === win.location.search || (next === '' && win.location.search === '?')) return;
    if (push) win.history.pushState(null, '', urlFor(next));
    else win.history.replaceState(null, '', urlFor(next));
  }

  function apply(only?: readonly string[]) {
    const ps = only ? params.filter((p) => only.includes(p.key)) : params;
    const { values, invalid } = readParams(win.location.search, ps);
    for (const p of ps) {
      const v = values.get(p.key);
      if (p.store.get() !== v) p.store.set(v);
    }
    // Stores set from the URL need no write back (other stores' pending changes still do).
    for (const p of ps) pending.delete(p.key);
    for (const bad of invalid) {
      notify({
        id: `url-${bad.key}`,
        level: 'warn',
        key: 'notice.badParam',
        params: { key: bad.key, value: bad.raw, hint: bad.hintKey ?? '' },
      });
    }
    // Drop the invalid values from the address bar so a copied link is clean, and write values
    // given in another accepted spelling (a zone's name for its id) the canonical way. In place:
    // Back must not lead to a URL that only rewrites itself again.
    const q = new URLSearchParams(win.location.search);
    const respelt = ps.some((p) => {
      const raw = q.get(p.key);
      return raw !== null && raw !== '' && !invalid.some((b) => b.key === p.key) && p.format(values.get(p.key)) !== raw;
    });
    if (invalid.length || respelt) {
      win.history.replaceState(null, '', urlFor(writeParams(win.location.search, ps, values)));
    }
  }

  apply();
  const unsubs = params.map((p) =>
    p.store.listen(() => {
      pending.add(p.key);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    }),
  );
  const onPop = () => apply();
  win.addEventListener('popstate', onPop);

  return {
    apply,
    flush,
    stop() {
      unsubs.forEach((u) => u());
      win.removeEventListener('popstate', onPop);
    },
  };
}
