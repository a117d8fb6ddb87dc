import { provinceTable } from './_tables.js';
import { stripMarks } from './_text.js';
import type { ProvinceEntry } from './schema.js';
import { memoByString } from './_memo.js';

export type ProvinceKind = ProvinceEntry['kind'];

export interface Province {
  readonly name: string;
  readonly kind: ProvinceKind;
  readonly aliases: readonly string[];
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly mergedInto?: string;
  readonly mergedFrom?: readonly string[];
  readonly successor?: string;
  readonly note?: string;
}

/** Provinces and centrally-run cities, before and after the 2025 mergers (see validFrom/validTo). */
export const PROVINCES: readonly Province[] = Object.freeze(
  provinceTable.map((p) =>
    Object.freeze({
      ...p,
      aliases: Object.freeze([...(p.aliases ?? [])]),
      ...(p.mergedFrom ? { mergedFrom: Object.freeze([...p.mergedFrom]) } : {}),
    }),
  ),
);

/** Is the unit in existence on this ISO date? */
export const provinceValidOn = (p: Province, on: string): boolean =>
  (p.validFrom === undefined || p.validFrom <= on) && (p.validTo === undefined || on <= p.validTo);

/**
 * The comparison key: no accents, no case, no tone-placement differences (Hoà = Hòa), no
 * "tỉnh"/"thành phố"/"TP." prefix, no spaces or hyphens: "TP. Hồ Chí Minh" → "hochiminh".
 */
export const provinceKey = (name: string): string =>
  stripMarks(name.normalize('NFC'))
    .toLowerCase()
    .trim()
    .replace(/^(?:tinh|thanh pho|tp\.|tp\s)\s*/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const byKey = new Map<string, Province[]>();
for (const p of PROVINCES) {
  for (const spelling of new Set([p.name, ...p.aliases].map(provinceKey))) {
    const list = byKey.get(spelling) ?? [];
    list.push(p);
    byKey.set(spelling, list);
  }
}

export interface FindProvinceOptions {
  /** ISO date the name is read at (the document's date): picks the unit that existed then. */
  readonly on?: string;
}

/**
 * "Long An", "tỉnh long an", "Hoà Bình", "TP.HCM" → the unit. With `on`, only a unit that existed
 * that day ("Tây Ninh" on 2021-02-03 is the old province); without it, the most recent one.
 */
export function findProvince(name: string, options: FindProvinceOptions = {}): Province | undefined {
  const { on } = options;
  if (on !== undefined) return (byKey.get(provinceKey(name)) ?? []).find((p) => provinceValidOn(p, on));
  return latestOf(name);
}

// Without a date, the answer depends on the name alone: asked for again (each header line, each
// issuer named), it is remembered rather than normalized, stripped and sorted again.
const latestOf = memoByString((name: string): Province | undefined =>
  [...(byKey.get(provinceKey(name)) ?? [])].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0]);
