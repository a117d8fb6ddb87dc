import { fc, test as propTest } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, dueDay, planCalendar, type CalendarDeadline, type CalendarSource } from '../../graph/calendar/index.js';

// ─── helpers: read the .ics back with ical.js, as a calendar app would ───────────────────────

interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly start: string;
  readonly isDate: boolean;
  readonly rrule: string | null;
  readonly triggers: string[];
  readonly occurrences: (n: number) => string[];
}

function parseIcs(ics: string): ParsedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const ev = new ICAL.Event(v);
    const rrule = v.getFirstPropertyValue('rrule');
    return {
      uid: ev.uid,
      summary: ev.summary,
      description: ev.description,
      start: ev.startDate.toString(),
      isDate: ev.startDate.isDate,
      rrule: rrule ? rrule.toString() : null,
      triggers: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      occurrences: (n: number) => {
        const it = ev.iterator();
        const out: string[] = [];
        for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toString());
        return out;
      },
    };
  });
}

const plan88: CalendarSource = {
  key: '88/KH-UBND|2022|ủy ban nhân dân huyện thủ thừa',
  type: 'Kế hoạch',
  number: '88/KH-UBND',
  date: '2022-04-29',
  issuer: 'UBND huyện Thủ Thừa',
  subject: 'Triển khai thực hiện Thông tư số 124/2021/TT-BCA',
  file: 'kh-88-ubnd.docx',
};

type DeadlineIn = CalendarDeadline['deadline'];
const due = (d: Partial<DeadlineIn>, document: CalendarSource = plan88): CalendarDeadline => ({
  document,
  deadline: {
    date: null,
    rrule: null,
    kind: 'absolute',
    action: 'báo cáo kết quả thực hiện',
    actor: 'Phòng GDĐT',
    recipient: 'UBND huyện',
    text: 'Phòng GDĐT báo cáo kết quả thực hiện về UBND huyện trước ngày 05/12/2023.',
    ...d,
  },
});

const only = (ics: string): ParsedEvent => {
  const events = parseIcs(ics);
  expect(events).toHaveLength(1);
  return events[0]!;
};

// ─── dated deadlines ─────────────────────────────────────────────────────────────────────────

describe('dated deadlines are all-day events', () => {
  it.each([
    ['"trước ngày 05/12/2023" → 2023-12-05', { date: '2023-12-05', kind: 'absolute' as const }, '2023-12-05'],
    ['"trong tháng 12/2023" (2023-12) → the last day of December', { date: '2023-12', kind: 'month' as const }, '2023-12-31'],
    ['"trong tháng 02/2024" → 29/02, a leap year', { date: '2024-02', kind: 'month' as const }, '2024-02-29'],
    ['a quarter given by its month (2024-05) → 30/06, the end of quý II', { date: '2024-05', kind: 'quarter' as const }, '2024-06-30'],
    ['"trong năm 2024" → 31/12/2024', { date: '2024', kind: 'month' as const }, '2024-12-31'],
  ])('%s', (_name, d, day) => {
    const ev = only(buildCalendar([due(d)]));
    expect(ev.start).toBe(day);
    expect(ev.isDate).toBe(true);
    expect(ev.rrule).toBeNull();
  });

  it('writes VALUE=DATE with DTEND the next day and no time zone', () => {
    const ics = buildCalendar([due({ date: '2023-12-31' })]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20231231');
    expect(ics).toContain('DTEND;VALUE=DATE:20240101');
    expect(ics).not.toMatch(/TZID|VTIMEZONE/u);
  });

  it('SUMMARY says what is due and who must do it; DESCRIPTION has the sentence and the document', () => {
    const ev = only(buildCalendar([due({ date: '2023-12-05' })]));
    expect(ev.summary).toBe('Hạn: báo cáo kết quả thực hiện — Phòng GDĐT');
    expect(ev.description).toContain('Phòng GDĐT báo cáo kết quả thực hiện về UBND huyện trước ngày 05/12/2023.');
    expect(ev.description).toContain('Văn bản: Kế hoạch số 88/KH-UBND ngày 29/04/2022 của UBND huyện Thủ Thừa');
    expect(ev.description).toContain('Gửi về: UBND huyện');
    expect(ev.description).toContain('Tệp: kh-88-ubnd.docx');
  });

  it('without an action the sentence says what is due; without a sentence, the document', () => {
    const ev = only(buildCalendar([due({ date: '2023-12-05', action: null, actor: null, text: 'Gửi báo cáo về Sở trước ngày 05/12/2023.' })]));
    expect(ev.summary).toBe('Hạn: Gửi báo cáo về Sở trước ngày 05/12/2023');
    const bare = only(buildCalendar([due({ date: '2023-12-05', action: null, actor: null, text: '' })]));
    expect(bare.summary).toBe('Hạn: thực hiện Kế hoạch số 88/KH-UBND');
  });

  it('a long action is cut at a word, with an ellipsis', () => {
    const action = 'triển khai, thực hiện nghiêm túc các nội dung của Kế hoạch và báo cáo kết quả về Sở Giáo dục và Đào tạo qua hệ thống quản lý văn bản điều hành';
    const ev = only(buildCalendar([due({ date: '2025-11-05', action, actor: 'thủ trưởng các đơn vị' })]));
    expect(ev.summary.length).toBeLessThanOrEqual(110);
    expect(ev.summary).toMatch(/^Hạn: triển khai, thực hiện nghiêm túc .*[\p{L}]…$/u);
  });
});

// ─── recurring duties ────────────────────────────────────────────────────────────────────────

describe('recurring duties carry their RRULE, and ical.js expands them', () => {
  it('"trước ngày 31/3 hằng năm": yearly from the first due date', () => {
    const ev = only(buildCalendar([due({ date: '2023-03-31', rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', kind: 'recurring' })]));
    expect(ev.summary.startsWith('Định kỳ: báo cáo kết quả thực hiện')).toBe(true);
    expect(ev.occurrences(3)).toEqual(['2023-03-31', '2024-03-31', '2025-03-31']);
  });

  it('"định kỳ 6 tháng" without a date starts at the document date', () => {
    const ev = only(buildCalendar([due({ rrule: 'FREQ=MONTHLY;INTERVAL=6', kind: 'recurring' })]));
    expect(ev.occurrences(3)).toEqual(['2022-04-29', '2022-10-29', '2023-04-29']);
  });

  it('a document dated by month only starts its duty on the first of that month', () => {
    const ev = only(buildCalendar([due({ rrule: 'FREQ=YEARLY', kind: 'recurring' }, { ...plan88, date: '2025-01' })]));
    expect(ev.occurrences(2)).toEqual(['2025-01-01', '2026-01-01']);
  });

  it('"ngày 31 hằng tháng" becomes the month end (BYMONTHDAY=-1), not a skip of short months', () => {
    const ev = only(buildCalendar([due({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=31', kind: 'recurring' }, { ...plan88, date: '2024-01-10' })]));
    expect(ev.rrule).toContain('BYMONTHDAY=-1');
    expect(ev.occurrences(4)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
  });

  it('"29/2 hằng năm" is February\'s end every year; "28/2" stays as written', () => {
    const feb29 = only(buildCalendar([due({ date: '2023-02-28', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', kind: 'recurring' })]));
    expect(feb29.occurrences(3)).toEqual(['2023-02-28', '2024-02-29', '2025-02-28']);
    const feb28 = only(buildCalendar([due({ date: '2023-02-28', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28', kind: 'recurring' })]));
    expect(feb28.occurrences(2)).toEqual(['2023-02-28', '2024-02-28']);
  });

  it('an undated draft\'s duty starts at the earliest due day the draft names, and says so', () => {
    const draft = { ...plan88, key: 'unnumbered||sở giáo dục và đào tạo|c79aa92a5af4', number: null, date: null };
    const plan = planCalendar([
      due({ rrule: 'FREQ=MONTHLY;INTERVAL=6', kind: 'recurring', action: 'báo cáo kết quả thực hiện Thông tư số 124/2021/TT-BCA' }, draft),
      due({ date: '2023-03-31', action: 'tổ chức đăng kí đầu năm' }, draft),
      due({ date: '2022-06-15', action: 'hoàn thành' }, draft),
    ]);
    const duty = plan.events.find((e) => e.rrule !== null);
    expect(duty).toMatchObject({ start: '2022-06-15', rrule: 'FREQ=MONTHLY;INTERVAL=6', inferredStart: true });
    expect(duty?.description).toContain('Ngày bắt đầu: suy ra từ hạn sớm nhất trong văn bản');
    expect(plan.events.filter((e) => e.inferredStart)).toHaveLength(1);
  });

  it('DTSTART is moved to the first day the rule yields after the document date (RFC 5545 needs them in step)', () => {
    const ev = only(buildCalendar([due({ rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', kind: 'recurring' }, { ...plan88, date: '2022-08-01' })]));
    expect(ev.start).toBe('2023-06-15');
    expect(ev.occurrences(2)).toEqual(['2023-06-15', '2024-06-15']);
  });

  it('"định kỳ 6 tháng" from a month end (31/8) stays on month ends', () => {
    const ev = only(buildCalendar([due({ rrule: 'FREQ=MONTHLY;INTERVAL=6', kind: 'recurring' }, { ...plan88, date: '2023-08-31' })]));
    expect(ev.occurrences(3)).toEqual(['2023-08-31', '2024-02-29', '2024-08-31']);
  });
});

// ─── reminders ───────────────────────────────────────────────────────────────────────────────

describe('VALARM', () => {
  const one = [due({ date: '2023-12-05' })];
  it('reminds 3 days before by default', () => expect(only(buildCalendar(one)).triggers).toEqual(['-P3D']));
  it('takes another number of days', () => expect(only(buildCalendar(one, { alarmDays: 7 })).triggers).toEqual(['-P7D']));
  it('0 days: no reminder', () => expect(only(buildCalendar(one, { alarmDays: 0 })).triggers).toEqual([]));
  it('refuses a negative or fractional number of days', () => {
    expect(() => buildCalendar(one, { alarmDays: -1 })).toThrow(RangeError);
    expect(() => buildCalendar(one, { alarmDays: 1.5 })).toThrow(RangeError);
  });
});

// ─── what is skipped, and why ────────────────────────────────────────────────────────────────

describe('skips are counted', () => {
  it('a deadline without a date and without a rule, a rule without a start, a rule we cannot vouch for', () => {
    const plan = planCalendar([
      due({ date: '2023-12-05' }),
      due({ kind: 'partial', text: 'Các trường báo cáo trước ngày 15 hằng tháng.' }),
      due({ rrule: 'FREQ=YEARLY', kind: 'recurring' }, { ...plan88, key: 'unnumbered||sở giáo dục và đào tạo|c79aa92a5af4', date: null }),
      due({ rrule: 'FREQ=SOMETIMES', kind: 'recurring' }),
      due({ date: '2023-02-30' }),
    ]);
    expect(plan.events).toHaveLength(1);
    expect(plan.skipped).toMatchObject({ 'no-date': 1, 'no-start': 1, 'bad-rule': 1, 'bad-date': 1 });
  });

  it('the same deadline read from the DOCX and the PDF of one document is one event', () => {
    const pdf = { ...plan88, file: 'kh-88-ubnd.pdf' };
    const plan = planCalendar([due({ date: '2023-12-05' }), due({ date: '2023-12-05' }, pdf)]);
    expect(plan.events).toHaveLength(1);
    expect(plan.skipped.duplicate).toBe(1);
  });
});

describe('--agency', () => {
  const deadlines = [
    due({ date: '2023-12-05', actor: 'Phòng Giáo dục và Đào tạo' }),
    due({ date: '2023-12-10', actor: 'Các trường THCS', recipient: 'Phòng GD&ĐT', action: 'gửi danh sách' }),
    due({ date: '2023-12-15', actor: 'Công an huyện', recipient: 'Ban Chỉ đạo', action: 'tổng hợp' }, { ...plan88, issuer: 'Công an tỉnh Long An' }),
  ];
  it('matches an abbreviation against the full name, as actor or recipient', () => {
    const plan = planCalendar(deadlines, { agency: 'Phòng GDĐT' });
    expect(plan.events.map((e) => e.start)).toEqual(['2023-12-05', '2023-12-10']);
    expect(plan.skipped['other-agency']).toBe(1);
  });
  it('matches the issuing body too, case folded', () => {
    expect(planCalendar(deadlines, { agency: 'công an tỉnh' }).events.map((e) => e.start)).toEqual(['2023-12-15']);
  });
});

// ─── stability: importing again updates instead of duplicating ──────────────────────────────

describe('stable output', () => {
  const many = [
    due({ date: '2023-12-05' }),
    due({ date: '2023-03-31', rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', kind: 'recurring', action: 'đăng kí thi đua' }),
    due({ rrule: 'FREQ=MONTHLY;INTERVAL=6', kind: 'recurring', action: 'báo cáo sơ kết' }),
    due({ date: '2022-06-15', action: 'hoàn thành', actor: 'Các đơn vị, trường học' }),
  ];

  it('two runs give the same bytes, with DTSTAMP from the document date', () => {
    const a = buildCalendar(many);
    expect(buildCalendar(many)).toBe(a);
    expect(a.match(/^DTSTAMP:.*$/gmu)).toEqual(Array(4).fill('DTSTAMP:20220429T000000Z'));
  });

  it('UIDs name the deadline: they survive other deadlines coming and going', () => {
    const uids = parseIcs(buildCalendar(many)).map((e) => e.uid).sort();
    const fewer = parseIcs(buildCalendar(many.slice(1))).map((e) => e.uid);
    expect(fewer.every((u) => uids.includes(u))).toBe(true);
    expect(uids.every((u) => /^[0-9a-f]{40}@vanban$/u.test(u))).toBe(true);
    expect(new Set(uids).size).toBe(4);
  });

  it('a corrected document that moves a due date keeps the UID: the event moves instead of doubling', () => {
    const first = parseIcs(buildCalendar([due({ date: '2023-12-05', text: 'Các trường báo cáo kết quả thực hiện trước ngày 05/12/2023.' })]));
    const corrected = parseIcs(buildCalendar([due({ date: '2023-12-15', text: 'Các trường báo cáo kết quả thực hiện trước ngày 15/12/2023.' })]));
    expect(corrected[0]!.uid).toBe(first[0]!.uid);
    expect(corrected[0]!.start).not.toBe(first[0]!.start);
  });

  it('two due dates of the same duty in one document are two events, ranked by date', () => {
    const twice = [due({ date: '2023-12-15' }), due({ date: '2023-06-15' })];
    const events = parseIcs(buildCalendar(twice));
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    expect(parseIcs(buildCalendar([...twice].reverse())).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    // Read again from the document's PDF: still two events.
    expect(parseIcs(buildCalendar([...twice, ...twice]))).toHaveLength(2);
  });

  it('the same số hiệu from another issuer is another event', () => {
    const other = { ...plan88, key: '88/KH-UBND|2022|ủy ban nhân dân thành phố hà nội', issuer: 'UBND thành phố Hà Nội' };
    const events = parseIcs(buildCalendar([due({ date: '2023-12-05' }), due({ date: '2023-12-05' }, other)]));
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });

  propTest.prop([fc.shuffledSubarray(many, { minLength: many.length, maxLength: many.length })])(
    'input order does not change the bytes',
    (shuffled) => {
      expect(buildCalendar(shuffled)).toBe(buildCalendar(many));
    },
  );
});

// ─── properties: dates and rules ─────────────────────────────────────────────────────────────

const isoDayArb = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('properties', () => {
  propTest.prop([fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 })])('a month deadline is the last day of that month', (y, m) => {
    const day = dueDay(`${y}-${String(m).padStart(2, '0')}`, 'month');
    expect(day).not.toBeNull();
    const next = new Date(`${day!}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    expect(next.getUTCDate()).toBe(1);
    expect(day!.slice(0, 7)).toBe(`${y}-${String(m).padStart(2, '0')}`);
  });

  const ruleArb = fc.oneof(
    fc.record({ freq: fc.constant('YEARLY'), month: fc.integer({ min: 1, max: 12 }), day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant(-1)) })
      .filter(({ month, day }) => day <= new Date(Date.UTC(2001, month, 0)).getUTCDate() || (month === 2 && day === 29))
      .map(({ month, day }) => `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}`),
    fc.record({ interval: fc.integer({ min: 1, max: 12 }), day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant(-1)) })
      .map(({ interval, day }) => `FREQ=MONTHLY;INTERVAL=${interval};BYMONTHDAY=${day}`),
    fc.integer({ min: 1, max: 12 }).map((i) => `FREQ=MONTHLY;INTERVAL=${i}`),
    fc.integer({ min: 1, max: 3 }).map((i) => `FREQ=YEARLY;INTERVAL=${i}`),
  );

  propTest.prop([ruleArb, isoDayArb], { numRuns: 150 })(
    'DTSTART is on or after the document date and is itself the first occurrence ical.js expands',
    (rrule, docDate) => {
      const ev = only(buildCalendar([due({ rrule, kind: 'recurring' }, { ...plan88, date: docDate })]));
      expect(ev.start >= docDate).toBe(true);
      const [first, second] = ev.occurrences(2);
      expect(first).toBe(ev.start);
      expect(second! > first!).toBe(true);
    },
  );
});
