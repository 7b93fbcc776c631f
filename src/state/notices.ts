/**
 * Visible messages for the user. `fatal` replaces the map with an explanation (no WebGL, data
 * missing or invalid); notices are dismissible banners (a bad URL value, optional data skipped).
 * Messages are i18n keys + params so they switch language with the rest of the page.
 */
import { atom } from 'nanostores';

export type NoticeLevel = 'info' | 'warn' | 'error';

export interface Notice {
  id: string;
  level: NoticeLevel;
  /** i18n key (src/ui/i18n.ts). */
  key: string;
  params?: Record<string, string | number>;
}

export const $notices = atom<Notice[]>([]);

let seq = 0;
/** Show a notice; a notice with the same `id` replaces the earlier one instead of stacking. */
export function notify(n: Omit<Notice, 'id'> & { id?: string }): string {
  const id = n.id ?? `n${++seq}`;
  $notices.set([...$notices.get().filter((x) => x.id !== id), { ...n, id }]);
  return id;
}

export function dismiss(id: string): void {
  $notices.set($notices.get().filter((x) => x.id !== id));
}

export interface FatalError {
  /** i18n key of the title, e.g. `fatal.webgl`, `fatal.data`. */
  key: string;
  /** Technical detail (file and problem), shown verbatim as text. */
  detail?: string;
  /** i18n key of what the user can do about it. */
  hintKey?: string;
}

export const $fatal = atom<FatalError | null>(null);
