import { R } from './boundaries.js';

// Shared date fragments. Groups are unnamed so that fragments can be combined; the
// `parse*` helpers below read them back.

/** 1–31, with or without a leading zero. */
export const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
/** 1–12, with or without a leading zero. */
export const MONTH = String.raw`(?:0?[1-9]|1[0-2])`;
/** Four-digit years 1945–2099. */
export const YEAR = String.raw`(?:19[4-9]\d|20\d\d)`;
const SEP = String.raw`\s*[/.-]\s*`;

/** A date the way citations write it: "ngày 06 tháng 7 năm 2023" or "ngày 06/7/2023". */
export const CITED_DATE = String.raw`(?:ngày\s{0,3}(?:(${DAY})\s{1,3}tháng\s{1,3}(${MONTH})\s{0,3},?\s{0,3}năm\s{1,3}(${YEAR})|(${DAY})${SEP}(${MONTH})${SEP}(${YEAR}))${R})`;

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };
export const quarterNumber = (q: string): number | null => ROMAN[q.toUpperCase()] ?? (/^[1-4]$/.test(q) ? Number(q) : null);

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date, or null when the calendar has no such day (31/02). */
export function isoDate(y: number | string, m: number | string, d: number | string): string | null {
  const yy = Number(y), mm = Number(m), dd = Number(d);
  if (!Number.isInteger(yy) || !Number.isInteger(mm) || !Number.isInteger(dd)) return null;
  if (mm < 1 || mm > 12 || dd < 1) return null;
  if (dd > daysInMonth(yy, mm)) return null;
  return `${yy}-${pad(mm)}-${pad(dd)}`;
}

export const isoMonth = (y: number | string, m: number | string): string | null => {
  const yy = Number(y), mm = Number(m);
  return Number.isInteger(yy) && mm >= 1 && mm <= 12 ? `${yy}-${pad(mm)}` : null;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in month m (1–12) of year y. Counted for the years documents carry; Date (slower) for the rest. */
export const daysInMonth = (y: number, m: number): number => {
  if (Number.isInteger(y) && y >= 100 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12) {
    return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** Reads the d/m/y groups of a CITED_DATE match starting at group index `at`. */
export function citedDateFromGroups(g: readonly (string | undefined)[], at: number): string | null {
  const [d1, m1, y1, d2, m2, y2] = g.slice(at, at + 6);
  if (d1 && m1 && y1) return isoDate(y1, m1, d1);
  if (d2 && m2 && y2) return isoDate(y2, m2, d2);
  return null;
}
