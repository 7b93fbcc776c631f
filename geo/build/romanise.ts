/**
 * English names for Shanxi's cities and county-level divisions. The boundary source leaves
 * `name_en` empty, and English-mode users would otherwise read 太原市 on an English map.
 *
 * Hanyu Pinyin without tones, the convention of official English names (Taiyuan, Changzhi), from
 * pinyin-pro, with a small reviewed table for the places where a character has a special local
 * reading that a dictionary gets wrong (洪洞 is Hongtong, not Hongdong).
 */
import { pinyin } from 'pinyin-pro';

/** Reviewed readings that differ from pinyin-pro's default (checked against official English names). */
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  洪洞: 'Hongtong', // 洞 read tóng in this place name
  繁峙: 'Fanshi', // 峙 read shì in this place name
  吕梁: 'Lüliang', // official spelling keeps the ü
};

/** County-level kinds by the last character of the full name. */
const COUNTY_SUFFIX_EN: ReadonlyArray<[suffix: string, en: string]> = [
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Pinyin for a place stem, one word: 尖草坪 → Jiancaoping. */
export function romaniseStem(stem: string): string {
  const reviewed = PLACE_READINGS[stem];
  if (reviewed) return reviewed;
  return capitalise(pinyin(stem, { toneType: 'none', type: 'array', v: true }).join('').replace(/v/g, 'ü'));
}

/**
 * English name of a division: a prefecture city is its stem ("Taiyuan"); a county-level division
 * keeps its kind ("Qingxu County", "Gujiao City", "Yu County" for 盂县 whose short name is the full name).
 */
export function divisionNameEn(d: { name: string; name_short: string; level: string }): string {
  if (d.level === 'province') return 'Shanxi';
  if (d.level === 'city') return romaniseStem(d.name_short.replace(/市$/, ''));
  const suffix = COUNTY_SUFFIX_EN.find(([s]) => d.name.endsWith(s));
  if (!suffix) return romaniseStem(d.name_short);
  // Single-character names (盂县, 城区) keep their suffix in name_short; the stem is the name minus the kind.
  const stem = d.name_short.endsWith(suffix[0]) ? d.name.slice(0, -1) : d.name_short;
  return `${romaniseStem(stem)} ${suffix[1]}`;
}
