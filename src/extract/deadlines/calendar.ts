import { daysInMonth, isoDate } from '../../grammar/vi/dates.js';
import type { RefDate } from './types.js';

/** "2023", "2023-07", "2023-07-06" → parts (missing month/day read as the first). */
export function parseRef(ref: string | null): RefDate | null {
  const m = ref ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(ref) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: m[3] ? Number(m[3]) : 1 };
}

const key = (y: number, m: number, d: number): number => y * 10000 + m * 100 + d;

/** The next d/m on or after the reference date ("trước ngày 01/10" in a July 2023 plan → 2023-10-01). */
export function nextDayMonth(ref: RefDate, m: number, d: number): string | null {
  for (const y of [ref.y, ref.y + 1]) {
    if (d <= daysInMonth(y, m) && key(y, m, d) >= key(ref.y, ref.m, ref.d)) return isoDate(y, m, d);
  }
  return isoDate(ref.y + 1, m, Math.min(d, daysInMonth(ref.y + 1, m)));
}

/** The next day-of-month d on or after the reference date. */
export function nextMonthDay(ref: RefDate, d: number): string | null {
  let y = ref.y, m = ref.m;
  for (let i = 0; i < 13; i++) {
    if (d <= daysInMonth(y, m) && key(y, m, d) >= key(ref.y, ref.m, ref.d)) return isoDate(y, m, d);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return null;
}

export const monthEnd = (y: number, m: number): string | null => isoDate(y, m, daysInMonth(y, m));

/** The last day before month m of year y: "trước tháng 6/2024" → 2024-05-31. */
export const dayBeforeMonth = (y: number, m: number): string | null => (m === 1 ? isoDate(y - 1, 12, 31) : monthEnd(y, m - 1));

export const quarterEnd = (y: number, q: number): string | null => monthEnd(y, q * 3);

/** Next end of month m (or quarter) on or after the reference date: the year the month lands in. */
export function nextMonthYear(ref: RefDate, m: number): number {
  return m >= ref.m ? ref.y : ref.y + 1;
}
