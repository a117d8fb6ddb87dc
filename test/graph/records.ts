/** Builds schema-valid records from a few facts, with their evidence quoted from a real-looking text. */
import { createHash } from 'node:crypto';
import { canonicalKey } from '../../src/grammar/vi/symbol.js';
import { type Citation, type Deadline, type DocumentRecord, DocumentRecordSchema, type Evidence } from '../../src/record/record.js';

export interface CiteSpec {
  readonly key: string;
  readonly type?: string;
  readonly date?: string | null;
  readonly issuer?: string | null;
  readonly relation?: 'implements' | 'cites';
  readonly pinpoints?: string[];
}

export interface RecordSpec {
  readonly file: string;
  readonly number?: string | null;
  readonly type?: string;
  readonly date?: string | null;
  readonly issuer?: string | null;
  readonly subject?: string;
  readonly signer?: string;
  readonly recipients?: string[];
  readonly cites?: CiteSpec[];
  readonly links?: [string, string][];
  readonly deadlines?: Partial<Deadline>[];
  /** makes the bytes differ (another file of the same document: DOCX vs PDF, a corrected copy). */
  readonly salt?: string;
}

const evidenceOf = (text: string, quote: string): Evidence => {
  const start = Math.max(0, text.indexOf(quote));
  const span = { start, end: start + quote.length };
  return { span, sourceSpan: span, quote };
};

export function makeRecord(spec: RecordSpec): DocumentRecord {
  const citeText = (c: CiteSpec) =>
    `${c.type ?? 'Kế hoạch'} số ${c.key}${c.date ? ` ngày ${c.date.split('-').reverse().join('/')}` : ''}${c.issuer ? ` của ${c.issuer}` : ''}`;
  const preamble = (spec.cites ?? []).map((c) => `${c.relation === 'cites' ? 'Căn cứ' : 'Thực hiện'} ${citeText(c)};`).join('\n');
  const linkText = (spec.links ?? []).map(([a, b]) => `Kế hoạch số ${a} triển khai thực hiện Thông tư số ${b}`).join('\n');
  const deadlineText = (spec.deadlines ?? []).map((d) => d.text ?? `Các đơn vị gửi báo cáo về Sở trước ngày ${d.date ?? ''}.`).join('\n');
  const text = [
    spec.issuer?.toLocaleUpperCase('vi') ?? '',
    spec.number ? `Số: ${spec.number}` : 'Số:    /KH',
    `${(spec.type ?? 'Kế hoạch').toLocaleUpperCase('vi')}`,
    spec.subject ?? 'Triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc',
    preamble, linkText, deadlineText, spec.signer ?? '', spec.salt ?? '',
  ].join('\n');
  const citations: Citation[] = (spec.cites ?? []).map((c) => {
    const ev = evidenceOf(text, citeText(c));
    return {
      key: c.key, canonicalKey: canonicalKey(c.key), type: c.type ?? 'Kế hoạch', date: c.date ?? null,
      issuer: c.issuer ?? null, issuerText: c.issuer ?? null, subject: null, relation: c.relation ?? 'implements',
      pinpoints: c.pinpoints ?? [], mentions: [ev], evidence: ev, inferred: [], confidence: 1,
    };
  });
  const record: DocumentRecord = {
    schema: 'vanban/record@1',
    file: spec.file,
    sha256: createHash('sha256').update(text).digest('hex'),
    source: null,
    document: {
      type: spec.type ?? 'Kế hoạch', typeCode: null, number: spec.number ?? null, symbol: null, date: spec.date ?? null,
      place: null, issuer: spec.issuer ?? null, governingBody: null, subject: spec.subject ?? 'Triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc',
      recipients: spec.recipients ?? [],
      signer: spec.signer ? { name: spec.signer, title: 'PHÓ GIÁM ĐỐC', authority: 'KT.', evidence: evidenceOf(text, spec.signer) } : null,
      evidence: spec.issuer ? { issuer: evidenceOf(text, spec.issuer.toLocaleUpperCase('vi')) } : {},
      inferred: [],
    },
    citations,
    links: (spec.links ?? []).map(([from, to]) => ({ from, to, type: 'implements' as const, evidence: evidenceOf(text, `Kế hoạch số ${from} triển khai thực hiện Thông tư số ${to}`) })),
    deadlines: (spec.deadlines ?? []).map((d) => {
      const sentence = d.text ?? `Các đơn vị gửi báo cáo về Sở trước ngày ${d.date ?? ''}.`;
      return {
        date: d.date ?? null, rrule: d.rrule ?? null, kind: d.kind ?? 'absolute', action: d.action ?? 'gửi báo cáo',
        actor: d.actor ?? 'Các đơn vị', recipient: d.recipient ?? 'Sở Giáo dục và Đào tạo', text: sentence,
        evidence: evidenceOf(text, sentence), inferred: [],
      };
    }),
    targets: [],
    diagnostics: [],
  };
  return DocumentRecordSchema.parse(record);
}
