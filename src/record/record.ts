import { z } from 'zod';

// The one output type. Types and the published JSON Schema both come from here.

export const RECORD_SCHEMA_ID = 'https://vanban.dev/schema/record/v1.json';

const Offset = z.number().int().nonnegative();
export const SpanSchema = z.object({ start: Offset, end: Offset }).strict();

/** ISO 8601 calendar date, or its month or year when that is all the text says. */
export const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const EvidenceSchema = z
  .object({
    span: SpanSchema.describe('UTF-16 offsets in the normalized text'),
    sourceSpan: SpanSchema.describe('UTF-16 offsets in the ORIGINAL input text'),
    quote: z.string().describe('the original input text at sourceSpan'),
  })
  .strict()
  .describe('where a fact was read');

export const InferenceSchema = z
  .object({
    field: z.string().describe('the field whose value was inferred, e.g. "issuer" or "date"'),
    from: z.enum(['symbol', 'locality', 'document-date', 'context', 'header', 'title', 'body', 'ocr']),
    note: z.string(),
    evidence: EvidenceSchema.nullable(),
  })
  .strict()
  .describe('a value not stated where it is used: says where it came from');

export const SignerSchema = z
  .object({
    name: z.string().nullable(),
    title: z.string().nullable(),
    authority: z.string().nullable().describe('KT., TL., TM., Q., TUQ. or null when signing in own name'),
    evidence: EvidenceSchema.nullable(),
  })
  .strict();

export const DocumentInfoSchema = z
  .object({
    type: z.string().nullable().describe('Kế hoạch, Công văn, Quyết định, ...'),
    typeCode: z.string().nullable().describe('the type part of the symbol: KH, QĐ, ... (null for công văn)'),
    number: z.string().nullable().describe('số hiệu, e.g. 3560/KH-SGDĐT; null when the number is left blank'),
    symbol: z.string().nullable().describe('ký hiệu without the number, e.g. KH-SGDĐT, even in drafts'),
    date: IsoDate.nullable(),
    place: z.string().nullable(),
    issuer: z.string().nullable(),
    governingBody: z.string().nullable().describe('the body above the issuer in the header (cơ quan chủ quản)'),
    subject: z.string().nullable().describe('trích yếu: the title, or the V/v line of a công văn'),
    recipients: z.array(z.string()).describe('Kính gửi and Nơi nhận entries'),
    signer: SignerSchema.nullable(),
    evidence: z.record(z.string(), EvidenceSchema).describe('evidence per field name'),
    inferred: z.array(InferenceSchema),
  })
  .strict();

export const RelationSchema = z.enum(['implements', 'cites']);

export const CitationSchema = z
  .object({
    key: z.string().describe('số hiệu as written, NFC, whitespace removed, dashes unified'),
    canonicalKey: z.string().describe('key upper-cased (Vietnamese): the merge key'),
    type: z.string().nullable(),
    date: IsoDate.nullable(),
    issuer: z.string().nullable().describe('issuing body, expanded and resolved; see inferred'),
    issuerText: z.string().nullable().describe('the issuer as written after "của"'),
    subject: z.string().nullable(),
    relation: RelationSchema,
    pinpoints: z.array(z.string()).describe('article pinpoints, e.g. "Điều 9", "khoản 2 Điều 5"'),
    mentions: z.array(EvidenceSchema).min(1).describe('every mention of the symbol, in order'),
    evidence: EvidenceSchema.describe('the fullest mention: type word to the end of its tail'),
    inferred: z.array(InferenceSchema),
    confidence: z.number().min(0).max(1),
  })
  .strict();

export const LinkSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    type: z.literal('implements'),
    evidence: EvidenceSchema,
  })
  .strict()
  .describe('lineage stated between two cited documents');

export const DeadlineSchema = z
  .object({
    date: IsoDate.nullable().describe('due date; null for a duty that only recurs'),
    rrule: z.string().nullable().describe('RFC 5545 RRULE value without the "RRULE:" prefix'),
    kind: z.enum(['absolute', 'partial', 'month', 'quarter', 'year', 'recurring']),
    action: z.string().nullable(),
    actor: z.string().nullable().describe('who must do it'),
    recipient: z.string().nullable().describe('to whom, e.g. where a report goes'),
    text: z.string().describe('the source sentence'),
    evidence: EvidenceSchema.describe('the deadline phrase itself'),
    inferred: z.array(InferenceSchema),
  })
  .strict();

export const TargetSchema = z
  .object({
    value: z.number(),
    unit: z.string().nullable(),
    comparator: z.enum(['=', '>=', '<=']),
    measure: z.string().nullable().describe('what is measured'),
    text: z.string().describe('from the number to the end of its clause'),
    evidence: EvidenceSchema,
  })
  .strict();

export const DiagnosticSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    span: SpanSchema.optional(),
  })
  .strict();

export const PageSourceSchema = z
  .object({
    page: z.number().int().positive(),
    start: Offset.describe('where the page starts in the original input text'),
    end: Offset,
    ocr: z.boolean().describe('the page was read by OCR'),
    confidence: z.number().min(0).max(100).nullable().describe('mean OCR word confidence'),
  })
  .strict();

export const SourceSchema = z
  .object({
    reader: z.enum(['text', 'docx', 'doc', 'rtf', 'pdf', 'image']),
    mediaType: z.string().describe('told by the magic bytes, not the extension'),
    encoding: z.string().nullable().describe('the text encoding met: utf-8, utf-16le, windows-1258, tcvn3, vni ...'),
    pages: z.array(PageSourceSchema),
    warnings: z.array(z.string()),
  })
  .strict()
  .describe('how the text was read from the file');

export const DocumentRecordSchema = z
  .object({
    schema: z.literal('vanban/record@1'),
    file: z.string().nullable().describe('the path as given'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('of the input bytes (or UTF-8 text)'),
    source: SourceSchema.nullable().describe('the reader and its provenance; null when given text directly'),
    document: DocumentInfoSchema,
    citations: z.array(CitationSchema),
    links: z.array(LinkSchema),
    deadlines: z.array(DeadlineSchema),
    targets: z.array(TargetSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .strict()
  .describe('What vanban read from one Vietnamese administrative document');

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Inference = z.infer<typeof InferenceSchema>;
export type Signer = z.infer<typeof SignerSchema>;
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
export type Source = z.infer<typeof SourceSchema>;
