// Calendar arithmetic on ISO dates (YYYY, YYYY-MM, YYYY-MM-DD), in UTC so no local zone leaks in.

export type IsoDay = string; // YYYY-MM-DD

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isoDay = (y: number, m: number, d: number): IsoDay => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export function parseDay(day: IsoDay): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

export function addDays(day: IsoDay, n: number): IsoDay {
  const { y, m, d } = parseDay(day);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * The day a deadline falls due. "YYYY-MM" is a month deadline ("trong tháng 12/2023"): its last day;
 * with kind 'quarter' it is the last day of the quarter holding that month ("trong quý IV/2023" → 31/12).
 * A bare year ("trong năm 2024") is due on 31/12. Null when the value is not a date.
 */
export function dueDay(date: string, kind?: string): IsoDay | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return isoDay(y, 12, 31);
  let mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) {
    if (kind === 'quarter') mo = Math.ceil(mo / 3) * 3;
    return isoDay(y, mo, daysInMonth(y, mo));
  }
  const d = Number(m[3]);
  return d >= 1 && d <= daysInMonth(y, mo) ? isoDay(y, mo, d) : null;
}

/** The first day a partial date can stand for: "2025-01" → 2025-01-01 (a document dated only by month). */
export function firstDay(date: string): IsoDay | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date);
  if (!m) return null;
  return dueDay(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`);
}
