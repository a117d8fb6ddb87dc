import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/doc/span.js';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import { extractTargets } from '../../src/extract/targets/index.js';
import { CITED_DATE, citedDateFromGroups } from '../../src/grammar/vi/dates.js';

// End to end over the five seeds, deadlines AND targets, scored the way ../shared/eval/score.mjs
// scores them: every non-optional gold item found, nothing extra, no trap read.
// The real normalize stage is being written elsewhere, so the seeds are normalized minimally here.

const root = new URL('../../fixtures/', import.meta.url);

interface GoldDeadline { readonly date?: string; readonly recurrence?: string; readonly optional?: boolean; readonly anchor: string }
interface GoldTarget { readonly value: number; readonly anchor: string; readonly optional?: boolean }
interface GoldDoc { readonly id: string; readonly file: string; readonly deadlines: GoldDeadline[]; readonly targets: GoldTarget[]; readonly traps: string[] }
const gold = JSON.parse(readFileSync(new URL('gold/seeds.gold.json', root), 'utf8')) as { documents: GoldDoc[] };

/** NFC, no markdown bold, straight quotes and dashes, hard line breaks inside sentences joined. */
function normalize(raw: string): string {
  const t = raw.normalize('NFC').replace(/\r\n?/gu, '\n').replace(/\*\*/gu, '').replace(/[“”„]/gu, '"').replace(/[‘’]/gu, "'")
    .replace(/[\u2010-\u2015\u2212]/gu, '-').replace(/[ \t\u00a0]+/gu, ' ');
  const out: string[] = [];
  for (const line of t.split('\n').map((l) => l.trim())) {
    let j = out.length - 1;
    while (j >= 0 && out[j] === '') j--;
    const prev = j >= 0 ? out[j]! : '';
    const joins = line !== '' && prev !== '' && !/[.;!?]$/u.test(prev) && !/^[a-zđ][).]\s/u.test(line)
      && /^(?:\p{Ll}|\(|\d+(?![.)\d]))/u.test(line) && !(/:$/u.test(prev) && /^\d/u.test(line));
    if (joins) { out.length = j + 1; out[j] = `${prev} ${line}`; } else out.push(line);
  }
  return out.join('\n');
}

/** What the caller passes: the document's date (or the latest cited date) and the cited dates' spans. */
function context(text: string): { refDate: string | null; exclude: Span[] } {
  const place = /^[\p{Lu}][\p{L} ]{1,30}, ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/mu.exec(text);
  const exclude: Span[] = [];
  let latest: string | null = null;
  for (const m of text.matchAll(new RegExp(CITED_DATE, 'gu'))) {
    // A cited document's date follows its symbol: "3560/KH-SGDĐT ngày 06 tháng 7 năm 2023".
    if (!/\d\s?\/\s?[\p{L}\p{N}&/-]+,?\s*$/u.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    exclude.push({ start: m.index, end: m.index + m[0].length });
    const iso = citedDateFromGroups([...m], 1);
    if (iso && (!latest || iso > latest)) latest = iso;
  }
  if (place) {
    exclude.push({ start: place.index, end: place.index + place[0].length });
    const [, d, m, y] = place;
    return { refDate: d ? `${y}-${m!.padStart(2, '0')}-${d.padStart(2, '0')}` : `${y}-${m!.padStart(2, '0')}`, exclude };
  }
  return { refDate: latest, exclude };
}

const loose = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase()
  .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const periodOf = (rrule: string | null): string | null => {
  if (!rrule) return null;
  const r = Object.fromEntries(rrule.split(';').map((p) => p.split('=')));
  const n = Number(r.INTERVAL ?? 1);
  return ({ YEARLY: `P${n}Y`, MONTHLY: n % 12 === 0 ? `P${n / 12}Y` : `P${n}M`, WEEKLY: `P${n}W`, DAILY: `P${n}D` } as Record<string, string>)[r.FREQ ?? ''] ?? null;
};

describe.each(gold.documents)('seed $id', (doc) => {
  const text = normalize(readFileSync(new URL(`seeds/${doc.file.split('/').pop()}`, root), 'utf8'));
  const ctx = context(text);
  const deadlines = extractDeadlines(text, ctx);
  const targets = extractTargets(text, { exclude: ctx.exclude });

  it('finds exactly the gold deadlines', () => {
    const pool = deadlines.filter((d) => d.date || d.rrule).map((d) => ({ d, used: false }));
    const match = (g: GoldDeadline): boolean => {
      const hit = pool.find((x) => !x.used && (g.date
        ? (x.d.date ?? '').startsWith(g.date) && (!g.recurrence || periodOf(x.d.rrule) === g.recurrence)
        : g.recurrence !== undefined && periodOf(x.d.rrule) === g.recurrence));
      if (hit) hit.used = true;
      return hit !== undefined;
    };
    const missed = doc.deadlines.filter((g) => !g.optional).filter((g) => !match(g)).map((g) => g.anchor);
    doc.deadlines.filter((g) => g.optional).forEach(match);
    const extra = pool.filter((x) => !x.used).map((x) => text.slice(x.d.span.start, x.d.span.end));
    expect({ missed, extra }).toEqual({ missed: [], extra: [] });
  });

  it('finds exactly the gold targets', () => {
    const pool = targets.map((t) => ({ t, text: loose(text.slice(t.span.start, t.span.end)), used: false }));
    const match = (g: GoldTarget): boolean => {
      const a = loose(g.anchor);
      const hit = pool.find((x) => !x.used && x.t.value === g.value && (x.text.includes(a) || (x.text.length >= 6 && a.includes(x.text))));
      if (hit) hit.used = true;
      return hit !== undefined;
    };
    const missed = doc.targets.filter((g) => !g.optional).filter((g) => !match(g)).map((g) => g.anchor);
    doc.targets.filter((g) => g.optional).forEach(match);
    const extra = pool.filter((x) => !x.used).map((x) => text.slice(x.t.span.start, x.t.span.end));
    expect({ missed, extra }).toEqual({ missed: [], extra: [] });
  });

  it.each(doc.traps)('reads no target or deadline at the trap "%s"', (trap) => {
    // A trap's words may not be verbatim ("năm 2045" is written "tầm nhìn 2045"): fall back to its last word.
    const word = trap.split(' ').pop() ?? trap;
    const exact = text.indexOf(trap);
    const at = exact >= 0 ? exact : text.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    const trapSpan = { start: at, end: at + (exact >= 0 ? trap : word).length };
    const starts = [...targets.map((t) => t.span.start), ...deadlines.map((d) => d.span.start)];
    expect(starts.filter((s) => s >= trapSpan.start && s < trapSpan.end)).toEqual([]);
  });
});
