/**
 * Presentation mode (?mode=present): entering and leaving (with the Fullscreen API when entered
 * by a click, and without it where the browser refuses), and the projector keys:
 * ←/→ step the period, Space plays/pauses, Esc leaves.
 */
import { $mode } from '../../state/mode';
import { $period, $playing } from '../../state/view';
import { $periods, $view } from '../../state/view-data';
import { startPlay } from '../PeriodSlider';
import { stepPeriod } from '../../data/selectors';

/** Set while the page is full screen because presentation mode asked for it. */
let ownFullscreen = false;

export function enterPresentation(): void {
  $mode.set('present');
  // A click is a user gesture, so the browser may grant full screen; without the API (or when
  // refused, e.g. inside an iframe) the mode still works in the window.
  const el = document.documentElement;
  if (!document.fullscreenElement && typeof el.requestFullscreen === 'function') {
    el.requestFullscreen()
      .then(() => {
        ownFullscreen = true;
      })
      .catch(() => {
        ownFullscreen = false;
      });
  }
}

export function leavePresentation(): void {
  $playing.set(false);
  $mode.set('normal');
  if (ownFullscreen && document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    void document.exitFullscreen().catch(() => undefined);
  }
  ownFullscreen = false;
}

/** Keys that belong to what has focus (typing in a field, a native slider) are left alone. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    if (target.type === 'range') return key === 'ArrowLeft' || key === 'ArrowRight';
    return target.type !== 'checkbox' && target.type !== 'radio' && target.type !== 'button';
  }
  return false;
}

/** Installs the projector keys while presentation mode is on; returns the cleanup. */
export function startPresentationKeys(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if ($mode.get() !== 'present' || e.altKey || e.ctrlKey || e.metaKey) return;
    if (ownsKey(e.target, e.key)) return;
    const view = $view.get();
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      if (!view) return;
      e.preventDefault();
      $playing.set(false);
      const next = stepPeriod($periods.get(), view.period, e.key === 'ArrowRight' ? 1 : -1);
      if (next) $period.set(next);
    } else if (e.key === ' ' || e.key === 'Spacebar') {
      if (!view) return;
      // Space plays/pauses instead of pressing whatever button kept the focus.
      e.preventDefault();
      if ($playing.get()) $playing.set(false);
      else startPlay($periods.get(), view.period);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      leavePresentation();
    }
  };
  // In full screen the browser takes Esc for itself and only ends full screen: leave the mode too.
  const onFullscreen = () => {
    if (!document.fullscreenElement && ownFullscreen) {
      ownFullscreen = false;
      if ($mode.get() === 'present') leavePresentation();
    }
  };
  // Some browsers press a focused button when Space is released: that press was already play/pause.
  const onKeyUp = (e: KeyboardEvent) => {
    if ($mode.get() === 'present' && (e.key === ' ' || e.key === 'Spacebar') && !ownsKey(e.target, e.key)) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  window.addEventListener('keyup', onKeyUp);
  document.addEventListener('fullscreenchange', onFullscreen);
  return () => {
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('keyup', onKeyUp);
    document.removeEventListener('fullscreenchange', onFullscreen);
  };
}
