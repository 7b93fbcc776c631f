/**
 * Pinyin for the project search, from pinyin-pro (the well-kept library). A module of its own so
 * the browser can load its dictionary lazily (src/state/projects.ts) and Node code (tests, bench)
 * can import it directly.
 */
import { pinyin } from 'pinyin-pro';
import type { PinyinFn } from './projects';

/** One token per character, no tones: 清徐 → ['qing', 'xu'], 长治 → ['chang', 'zhi'], `SiC` → ['S', 'i', 'C']. */
export const toPinyin: PinyinFn = (text) => pinyin(text, { toneType: 'none', type: 'array' });
