import * as crypto from 'node:crypto';
import { findProvince } from './data/vi/index.js';
import type { Span } from './doc/span.js';
import { extractDeadlines } from './extract/deadlines/index.js';
import { findCitations } from './extract/citations/index.js';
import { readIdentity } from './extract/identity/index.js';
import { extractTargets } from './extract/targets/index.js';
import { canonicalKey } from './grammar/vi/symbol.js';
import { normalize } from './normalize/index.js';
import { evidenceMaker } from './record/build.js';
import type { Citation, Deadline, DocumentRecord, Inference, Source, Target } from './record/record.js';
import { issuerFromHeader } from './resolve/document-issuer.js';
import { issuerFromSymbol, resolveIssuerText } from './resolve/issuer.js';
import { localityFromHeader, localityFromMentions } from './resolve/locality.js';
import { mergeMentions } from './resolve/merge.js';
import { segment } from './segment/index.js';
import { RANK } from './segment/signature.js';
import { agencyName } from './resolve/agency-name.js';
import { unitTest } from './grammar/vi/unit-class.js';
import { collapseBlanks } from './grammar/vi/blanks.js';

export interface AnalyzeOptions {
  /** The path as given, for the record. */
  readonly file?: string | null;
  /** SHA-256 of the input bytes; computed from the UTF-8 text when absent. */
  readonly sha256?: string;
  /** How the text was read; its OCR'd pages make the symbol grammar tolerate OCR confusions. */
  readonly source?: Source | null;
}

/** Runs the whole pipeline on one document's text: normalize → segment → extract → resolve → record. */
export function analyzeText(raw: string, opts: AnalyzeOptions = {}): DocumentRecord {
  const ocrRegions = (opts.source?.pages ?? []).filter((p) => p.ocr).map((p) => ({ start: p.start, end: p.end }));
  const norm = normalize(raw, { ocrRegions });
  const { text } = norm;
  const ev = evidenceMaker(norm.raw, norm.map);
  const seg = segment(text);
  const id = readIdentity(seg);

  // Locality: the header's administrative units, else the place line when it names a province.
  const headerLines = seg.header.bodies.map((c) => c.text);
  const place = id.place?.value ?? null;
  let loc = localityFromHeader(headerLines, (n) => findProvince(n) !== undefined);
  if (!loc.province && place) {
    const p = findProvince(place);
    if (p) loc = { ...loc, province: p.name, provinceKind: p.kind };
  }

  // Citations.
  const exclude: Span[] = seg.header.numberLine ? [seg.header.numberLine.span] : [];
  const selfKeys = id.number ? [canonicalKey(id.number.value)] : [];
  const { mentions, links } = findCitations(text, { exclude, selfKeys });
  const implementsRegions = [...seg.preamble, ...(seg.title ? [{ start: seg.title.type.start, end: seg.title.end }] : [])];
  const merged = mergeMentions(mentions, implementsRegions);
  loc = localityFromMentions(loc, merged.flatMap((m) => (m.issuerText ? [m.issuerText] : [])));
  const keyOf = new Map(merged.map((m) => [m.canonicalKey, m.key]));
  const citations: Citation[] = merged.map((m) => {
    const inferred: Inference[] = [];
    let issuer: string | null = null;
    if (m.issuerText) {
      const r = resolveIssuerText(m.issuerText, loc);
      issuer = r.name;
      if (r.resolved && m.issuerFrom?.issuerSpan) {
        inferred.push({ field: 'issuer', from: 'locality', note: `"${m.issuerText}" placed in the issuer's locality`, evidence: ev(m.issuerFrom.issuerSpan) });
      }
    } else {
      const s = issuerFromSymbol(m.key, loc);
      if (s) {
        issuer = s.name;
        inferred.push({ field: 'issuer', from: 'symbol', note: `implied by the code ${s.code} in the symbol${s.placed ? ", placed in the document's locality" : ''}`, evidence: ev(m.best.symbolSpan) });
      }
    }
    if (m.best.typeFrom !== 'word' && m.type) {
      inferred.push({ field: 'type', from: 'symbol', note: m.best.typeFrom === 'symbol' ? 'from the type part of the symbol' : 'a symbol without a type part is a công văn', evidence: ev(m.best.symbolSpan) });
    }
    // A symbol repaired from OCR look-alikes is likely right, but not certain.
    const repairs = norm.ocrRepairs.filter((r) => m.mentions.some((x) => r.span.start < x.fullSpan.end && x.fullSpan.start < r.span.end));
    for (const r of repairs) inferred.push({ field: 'key', from: 'ocr', note: `OCR read "${r.read}"`, evidence: ev(r.span) });
    const confidence = (m.best.typeFrom === 'default' ? 0.8 : 1) * (repairs.length > 0 ? 0.7 : 1);
    return {
      key: m.key,
      canonicalKey: m.canonicalKey,
      type: m.type,
      date: m.date,
      issuer,
      issuerText: m.issuerText,
      subject: m.subject,
      relation: m.implementsBy ? 'implements' : 'cites',
      pinpoints: [...m.pinpoints],
      mentions: m.mentions.map((x) => ev(x.fullSpan)),
      evidence: ev(m.best.fullSpan),
      inferred,
      confidence,
    };
  });

  // Reference date for partial deadlines: the document's date, else the latest date it carries out.
  const preambleDates = merged.filter((m) => m.implementsBy && m.date).map((m) => m.date!).sort();
  const refDate = id.date?.value ?? preambleDates[preambleDates.length - 1] ?? null;
  const citedSpans = mentions.map((m) => m.fullSpan);
  const headerSpans = [seg.header.placeDate?.span, seg.header.numberLine?.span].filter((s): s is Span => !!s);
  const deadlines: Deadline[] = extractDeadlines(text, { refDate, exclude: [...citedSpans, ...headerSpans] }).map((d) => ({
    date: d.date,
    rrule: d.rrule,
    kind: d.kind,
    action: d.action,
    actor: d.actor,
    recipient: d.recipient,
    text: text.slice(d.sentence.start, d.sentence.end).trim(),
    evidence: ev(d.span),
    inferred: d.yearInferred
      ? [{ field: 'date', from: id.date ? 'document-date' : 'context', note: `year taken from ${id.date ? 'the document date' : 'the date of the document it carries out'} (${refDate ?? 'unknown'})`, evidence: null }]
      : [],
  }));
  const targets: Target[] = extractTargets(text, { refYear: refDate ? Number(refDate.slice(0, 4)) : null, exclude: [...citedSpans, ...headerSpans, ...(seg.header.bodies.map((c) => ({ start: c.start, end: c.end })))] }).map((t) => ({
    value: t.value,
    unit: t.unit,
    comparator: t.comparator,
    measure: t.measure,
    text: text.slice(clauseStart(text, t.span.start), t.span.end).trim(),
    evidence: ev(t.span),
  }));

  // The document's own issuer: header, else what the body says, else the signing authority.
  const docInferred: Inference[] = [];
  const fromHeader = issuerFromHeader(seg.header.bodies, loc, text.slice(0, seg.header.end));
  let issuer = fromHeader.issuer;
  let issuerSpan = fromHeader.issuerSpan;
  // "ỦY BAN NHÂN DÂN" alone (a web table lost the line under it) in "Phú Thọ, ngày …": the province's.
  const placeProvince = place ? findProvince(place) : undefined;
  if (issuer && /^(?:Ủy ban nhân dân|Hội đồng nhân dân)$/u.test(issuer) && placeProvince) {
    issuer = `${issuer} ${placeProvince.kind} ${placeProvince.name}`;
    if (id.place?.span) docInferred.push({ field: 'issuer', from: 'locality', note: 'the header names no place: the province of the place line', evidence: ev(id.place.span) });
  }
  if (!issuer && id.issuerInBody) {
    issuer = agencyName(id.issuerInBody.value);
    issuerSpan = id.issuerInBody.span;
    if (issuerSpan) docInferred.push({ field: 'issuer', from: 'body', note: 'the body names the body that issues this document', evidence: ev(issuerSpan) });
  }
  const sig = seg.signature;
  const authorityText = sig?.authority?.text ?? null;
  if (!issuer && authorityText && /^(?:TM|T\/M)\.?\s*/u.test(authorityText)) {
    issuer = agencyName(authorityText.replace(/^(?:TM|T\/M)\.?\s*/u, ''));
    issuerSpan = sig?.authority ? { start: sig.authority.start, end: sig.authority.end } : null;
  }
  if (id.type?.from === 'body' && id.type.span) docInferred.push({ field: 'type', from: 'body', note: 'no title: the type the body gives itself', evidence: ev(id.type.span) });

  const titleText = sig?.title?.text ?? null;
  const signerTitle = titleText && sig?.authority === sig?.title ? titleText.replace(/^(?:KT|TL|TM|T\/M|K\/T|Q|TUQ)\s*\.?\s*/u, '') : titleText;
  const sigSpans = [sig?.authority, sig?.title, sig?.name].filter((c): c is NonNullable<typeof c> => !!c);
  const signer = sig && (sig.name || sig.title)
    ? {
        name: sig.name?.text.replace(RANK, '') ?? null,
        title: signerTitle,
        authority: authorityText ? /^(?:KT|TL|TM|T\/M|K\/T|Q|TUQ)\s*\.?/u.exec(authorityText)?.[0].replace(/\s+/gu, '') ?? null : null,
        evidence: sigSpans.length ? ev({ start: Math.min(...sigSpans.map((c) => c.start)), end: Math.max(...sigSpans.map((c) => c.end)) }) : null,
      }
    : null;

  const evidence: Record<string, ReturnType<typeof ev>> = {};
  const put = (field: string, s: Span | null | undefined): void => {
    if (s) evidence[field] = ev(s);
  };
  put('type', id.type?.span);
  put('number', id.number?.span);
  put('symbol', id.symbol?.span);
  put('date', id.date?.span);
  put('place', id.place?.span);
  put('issuer', issuerSpan);
  put('governingBody', fromHeader.governingSpan);
  put('subject', id.subject?.span);

  const recipients = seg.recipients.entries.map((s) => collapseBlanks(text.slice(s.start, s.end)).trim()).filter(Boolean);
  return {
    schema: 'vanban/record@1',
    file: opts.file ?? null,
    sha256: opts.sha256 ?? sha256(raw),
    source: opts.source ?? null,
    document: {
      type: id.type?.value ?? null,
      typeCode: id.typeCode,
      number: id.number?.value ?? null,
      symbol: id.symbol?.value ?? null,
      date: id.date?.value ?? null,
      place: id.place?.value ?? null,
      issuer,
      governingBody: fromHeader.governingBody,
      subject: id.subject?.value.replace(/^(?:V\/v|V\/V|v\/v|Về việc)\s*[:.]?\s*/u, '') ?? null,
      recipients,
      signer,
      evidence,
      inferred: docInferred,
    },
    citations,
    links: links.map((l) => ({
      from: keyOf.get(canonicalKey(l.from)) ?? l.from,
      to: keyOf.get(canonicalKey(l.to)) ?? l.to,
      type: 'implements' as const,
      evidence: ev(l.span),
    })),
    deadlines,
    targets,
    diagnostics: norm.messages.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...(d.span ? { span: d.span } : {}) })),
  };
}

/**
 * Where the clause holding a target starts, so its text says what is measured even when the
 * measure or the verb comes first: "Phấn đấu giảm 10% số người chết …", "Tỷ lệ … tối đa 10%".
 */
export function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - 160);
  const before = text.slice(from, at);
  // The last boundary: no other one (a ". " included) may follow it.
  CLAUSE_BOUNDARY.lastIndex = boundaryFrom(before);
  const m = CLAUSE_BOUNDARY.exec(before);
  return m ? from + m.index + m[0].length : from === 0 ? 0 : at;
}

const CLAUSE_BOUNDARY = /(?:[;:\n(]|\.\s|^[-+•·]\s|\n[-+•·]\s|\n\s*[a-zđ0-9]{1,2}[.)]\s)(?=(?:[^;:\n(.]|\.(?!\s))*$)/gu;
const BLANK = /\s/u;
/** What a boundary is made of: blanks, a list mark ("a.", "2)", "-"), ";", ":", "(". */
const BOUNDARY_UNIT = /[\s;:(.)\-+•·a-zđ0-9]/u;
const isBlank = unitTest(BLANK);
const isBoundaryUnit = unitTest(BOUNDARY_UNIT);

/**
 * The earliest offset a CLAUSE_BOUNDARY match can start at, so it is not tried (its lookahead
 * running to the window's end) at every position. The lookahead allows no ";", ":", "\n", "(" or
 * ". " after the boundary, so the boundary holds the last of them and is made of boundary units
 * from its start to there. Without one, only a list mark at the window's start can match.
 */
function boundaryFrom(s: string): number {
  let last = s.length - 1;
  for (; last >= 0; last--) {
    const c = s.charCodeAt(last);
    if (c === 0x3b || c === 0x3a || c === 0x0a || c === 0x28 || (c === 0x2e && last + 1 < s.length && isBlank(s.charCodeAt(last + 1)))) break;
  }
  let start = Math.max(last, 0);
  while (start > 0 && isBoundaryUnit(s.charCodeAt(start - 1))) start--;
  return start;
}

/** SHA-256 of the UTF-8 text, hex: one-shot crypto.hash where Node has it (20.12+), no Hash object. */
const sha256 = (text: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
