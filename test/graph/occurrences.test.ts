import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dueWithin } from '../../graph/calendar/occurrences.js';
import { deadlinesText } from '../../graph/format-text.js';
import { withDueDates } from '../../graph/query-rules.js';
import type { DeadlineRow } from '../../graph/store.js';

const yearly = { date: '2006-12-15', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', kind: 'recurring' };

describe('dueWithin: the first day a deadline falls due in a range', () => {
  it('a yearly duty from 2006 falls due on 15/12 of the asked year, and not in a range without a 15 December', () => {
    expect(dueWithin(yearly, '2025-01-01')).toBe('2025-12-15');
    expect(dueWithin(yearly, '2024-12-15', '2024-12-15')).toBe('2024-12-15');
    expect(dueWithin(yearly, '2025-01-01', '2025-11-30')).toBeNull();
    expect(dueWithin(yearly, undefined, '2006-12-14')).toBeNull();
  });

  it('"ngày 31 hằng tháng" falls due on the last day of a short month, as the calendar places it', () => {
    const monthly = { date: '2024-01-31', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31', kind: 'recurring' };
    expect(dueWithin(monthly, '2024-02-01')).toBe('2024-02-29');
    expect(dueWithin(monthly, '2025-04-01')).toBe('2025-04-30');
  });

  it('a quarterly duty steps three months at a time; a COUNT ends it', () => {
    const quarterly = { date: '2022-03-20', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20', kind: 'recurring' };
    expect(dueWithin(quarterly, '2025-04-01')).toBe('2025-06-20');
    const twice = { ...quarterly, rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20;COUNT=2' };
    expect(dueWithin(twice, '2022-04-01')).toBe('2022-06-20');
    expect(dueWithin(twice, '2022-07-01')).toBeNull();
  });

  it('a one-off is due on its day (a month on its last day); what cannot be told is undefined', () => {
    expect(dueWithin({ date: '2023-12', rrule: null, kind: 'month' }, '2023-12-01', '2023-12-31')).toBe('2023-12-31');
    expect(dueWithin({ date: '2023-12-05', rrule: null }, '2023-12-06')).toBeNull();
    expect(dueWithin({ date: null, rrule: 'FREQ=MONTHLY;INTERVAL=6', kind: 'recurring' }, '2025-01-01')).toBeUndefined();
    expect(dueWithin({ date: '2025-01-10', rrule: 'FREQ=SOMETIMES', kind: 'recurring' }, '2025-01-01')).toBeUndefined();
  });

  it('a duty with no first date is walked from the range when its rule names its days, and only then', () => {
    const monthly = { date: null, rrule: 'FREQ=MONTHLY;BYMONTHDAY=20', kind: 'recurring' };
    expect(dueWithin(monthly, '2025-03-21')).toBe('2025-04-20');
    expect(dueWithin(monthly, '2025-03-21', '2025-04-19')).toBeNull();
    const yearly = { date: null, rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', kind: 'recurring' };
    expect(dueWithin(yearly, '2025-01-01', '2025-06-30')).toBeNull();
    expect(dueWithin(yearly, '2025-01-01')).toBe('2025-12-15');
    // "hằng năm" alone, or every six months: which day is not said, so it cannot be placed.
    expect(dueWithin({ date: null, rrule: 'FREQ=YEARLY', kind: 'recurring' }, '2025-01-01')).toBeUndefined();
    expect(dueWithin({ date: null, rrule: 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15', kind: 'recurring' }, '2025-01-01')).toBeUndefined();
    expect(dueWithin(monthly)).toBeUndefined();
  });

  test.prop([fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 2005, max: 2030 }), fc.integer({ min: 0, max: 400 })])(
    'a monthly duty on day d is due within a month of any start, on day d',
    (m, d, y, offset) => {
      const start = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const from = new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
      const due = dueWithin({ date: start, rrule: `FREQ=MONTHLY;BYMONTHDAY=${d}`, kind: 'recurring' }, from);
      expect(due).not.toBeNull();
      expect(due! >= from).toBe(true);
      expect(Number(due!.slice(8))).toBe(d);
      expect(Date.parse(due!) - Date.parse(from)).toBeLessThanOrEqual(31 * 86_400_000);
    },
  );
});

describe('withDueDates and the deadlines listing', () => {
  const row = (over: Partial<DeadlineRow>): DeadlineRow => ({
    key: over.text ?? 'k', document: 'doc', documentLabel: 'Quyết định 61/2006/QĐ-UBND', issuer: null, date: null, rrule: null, kind: 'absolute',
    action: null, actor: null, recipient: null, text: 'x', evidence: { file: 'qd.txt', span: { start: 0, end: 1 }, quote: 'x' }, ...over,
  }) as DeadlineRow;

  it('orders by the day due in the range, and the listing says since when a duty recurs', () => {
    const rows = withDueDates([row({ ...yearly, kind: 'recurring', text: 'báo cáo năm' }), row({ date: '2025-03-01', text: 'gửi kế hoạch' })], { from: '2025-01-01' });
    expect(rows.map((r) => [r.text, r.due])).toEqual([['gửi kế hoạch', '2025-03-01'], ['báo cáo năm', '2025-12-15']]);
    expect(deadlinesText(rows)).toContain('2025-12-15  [FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15, từ 2006-12-15] báo cáo năm');
  });
});
