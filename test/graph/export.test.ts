import { fc, test as propTest } from '@fast-check/vitest';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import {
  collectGraph, csvField, cypherString, sortGraph, toCypherScript, toCypherStatements, toGraphml, toJson, toNdjson, toNeo4jCsv,
  type GraphData,
} from '../../graph/export/index.js';
import type { GraphEvidence, GraphItem, GraphNode, GraphRelationship, NodeLabel, RelType } from '../../graph/model.js';
import { parseCsv, parseXml, type XmlElement } from './export-readers.js';

// ─── a small graph: Thông tư 124 (a stub), Kế hoạch 88 implementing it, with every kind of node ───

const K124 = '124/2021/TT-BCA|2021|bộ công an';
const K88 = '88/KH-UBND|2022|ủy ban nhân dân huyện thủ thừa';
const AGENCY = 'ủy ban nhân dân huyện thủ thừa';
const SCHOOLS = 'các trường thcs';
const PERSON = 'nguyễn văn an|phó chủ tịch';
const DL = `${K88}#deadline-0`;
const TG1 = `${K88}#target-0`;
const TG2 = `${K88}#target-1`;
const SHA = 'a'.repeat(64);

const SUBJECT = 'Triển khai "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", năm 2022\nđợt 2; trích yếu \\ dài';
const FILE = 'C:\\Văn bản\\KH 88, "bản ký".docx';

const nodes: GraphNode[] = [
  { label: 'Document', key: K124, props: { number: '124/2021/TT-BCA', canonicalNumber: '124/2021/TT-BCA', year: '2021', date: null, type: 'Thông tư', issuer: 'Bộ Công an', subject: null, stub: true, label: 'Thông tư 124/2021/TT-BCA', files: [] } },
  { label: 'Document', key: K88, props: { number: '88/KH-UBND', canonicalNumber: '88/KH-UBND', year: '2022', date: '2022-04-29', type: 'Kế hoạch', issuer: 'UBND huyện Thủ Thừa', subject: SUBJECT, stub: false, label: 'Kế hoạch 88/KH-UBND (2022-04-29)', files: [{ sha256: SHA, file: FILE }, { sha256: 'b'.repeat(64), file: null }] } },
  { label: 'Agency', key: AGENCY, props: { name: 'Ủy ban nhân dân huyện Thủ Thừa' } },
  { label: 'Agency', key: SCHOOLS, props: { name: 'Các trường THCS' } },
  { label: 'Person', key: PERSON, props: { name: 'Nguyễn Văn An', title: 'PHÓ CHỦ TỊCH' } },
  { label: 'Deadline', key: DL, props: { document: K88, date: '2023-12', rrule: null, kind: 'month', action: 'báo cáo kết quả thực hiện', actor: 'Các trường THCS', recipient: 'Phòng GDĐT', text: 'Các trường THCS báo cáo kết quả thực hiện về Phòng GDĐT trong tháng 12/2023.' } },
  { label: 'Target', key: TG1, props: { document: K88, value: 100, unit: '%', comparator: '=', measure: 'trường học tổ chức Ngày hội', text: '100% trường học tổ chức Ngày hội' } },
  { label: 'Target', key: TG2, props: { document: K88, value: 95.5, unit: '%', comparator: '>=', measure: 'học sinh tham gia', text: 'ít nhất 95,5% học sinh tham gia' } },
];

const ev = (quote: string, start: number | null): GraphEvidence => ({
  file: FILE, sha256: SHA, span: start === null ? null : { start, end: start + quote.length }, sourceSpan: start === null ? null : { start: start + 2, end: start + 2 + quote.length }, quote,
});
const rel = (type: RelType, from: [NodeLabel, string], to: [NodeLabel, string], evidence: GraphEvidence, props: Partial<GraphRelationship['props']> = {}): GraphRelationship => ({
  type, from: { label: from[0], key: from[1] }, to: { label: to[0], key: to[1] }, owner: K88,
  props: { pinpoints: [], via: null, authority: null, ...props }, evidence,
});
const relationships: GraphRelationship[] = [
  rel('IMPLEMENTS', ['Document', K88], ['Document', K124], ev('Thực hiện Thông tư số 124/2021/TT-BCA ngày 05/10/2021 của Bộ Công an', 120), { via: 'citation' }),
  rel('CITES', ['Document', K88], ['Document', K124], ev('Điều 9 Thông tư 124/2021/TT-BCA', 900), { via: 'citation', pinpoints: ['Điều 9', 'khoản 2, Điều 5'] }),
  // The same link stated by a third document: another owner, so another relationship.
  { ...rel('CITES', ['Document', K88], ['Document', K124], ev('Kế hoạch số 88/KH-UBND triển khai "Thông tư 124"', 1500), { via: 'link' }), owner: 'unnumbered|2023|sở giáo dục và đào tạo|c79aa92a5af4' },
  rel('ISSUED_BY', ['Document', K88], ['Agency', AGENCY], ev('ỦY BAN NHÂN DÂN\nHUYỆN THỦ THỪA', 0)),
  rel('SENT_TO', ['Document', K88], ['Agency', SCHOOLS], ev('Các trường THCS', null)),
  rel('SIGNED_BY', ['Document', K88], ['Person', PERSON], ev('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An', 3000), { authority: 'KT.' }),
  rel('HAS_DEADLINE', ['Document', K88], ['Deadline', DL], ev('trong tháng 12/2023', 2500)),
  rel('HAS_TARGET', ['Document', K88], ['Target', TG1], ev('100% trường học', 1800)),
  rel('HAS_TARGET', ['Document', K88], ['Target', TG2], ev('ít nhất 95,5% học sinh', 1900)),
];

const items: GraphItem[] = [...nodes.map((node): GraphItem => ({ kind: 'node', node })), ...relationships.map((relationship): GraphItem => ({ kind: 'relationship', relationship }))];
const graph: GraphData = sortGraph({ nodes, relationships });

const csvFiles = (): Map<string, string> => new Map(toNeo4jCsv(graph).map((f) => [f.name, f.content]));
const table = (name: string): Record<string, string | null>[] => {
  const content = csvFiles().get(name);
  if (content === undefined) throw new Error(`no ${name}`);
  const [head, ...rows] = parseCsv(content);
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h ?? '', r[i] ?? null])));
};

describe('CSV for neo4j-admin import', () => {
  it('one file per label and relationship type, and the import command', () => {
    expect([...csvFiles().keys()]).toEqual([
      'nodes-Agency.csv', 'nodes-Deadline.csv', 'nodes-Document.csv', 'nodes-Person.csv', 'nodes-Target.csv',
      'rels-CITES.csv', 'rels-HAS_DEADLINE.csv', 'rels-HAS_TARGET.csv', 'rels-IMPLEMENTS.csv', 'rels-ISSUED_BY.csv', 'rels-SENT_TO.csv', 'rels-SIGNED_BY.csv',
      'import.sh',
    ]);
    const sh = csvFiles().get('import.sh') ?? '';
    expect(sh).toContain('neo4j-admin database import full neo4j');
    expect(sh).toContain('--multiline-fields=true');
    expect(sh.match(/--nodes=/gu)).toHaveLength(5);
    expect(sh.match(/--relationships=/gu)).toHaveLength(7);
  });

  it('typed headers: key:ID(Document), :LABEL, date:date, year:int, stub:boolean, arrays', () => {
    const head = parseCsv(csvFiles().get('nodes-Document.csv') ?? '')[0];
    expect(head).toEqual(['key:ID(Document)', ':LABEL', 'number', 'canonicalNumber', 'year:int', 'date:date', 'dateText', 'type', 'issuer', 'subject', 'stub:boolean', 'label', 'sha256s:string[]', 'files:string[]']);
    const rels = parseCsv(csvFiles().get('rels-SIGNED_BY.csv') ?? '')[0];
    expect(rels?.slice(0, 4)).toEqual([':START_ID(Document)', ':END_ID(Person)', ':TYPE', 'key']);
    expect(rels).toContain('spanStart:int');
  });

  it('parses back to the same rows: Vietnamese, quotes, commas, newlines, backslashes', () => {
    const docs = table('nodes-Document.csv');
    expect(docs).toHaveLength(2);
    const d88 = docs.find((r) => r['key:ID(Document)'] === K88);
    expect(d88).toMatchObject({ ':LABEL': 'Document', subject: SUBJECT, 'date:date': '2022-04-29', 'year:int': '2022', 'stub:boolean': 'false', 'files:string[]': FILE });
    expect(d88?.['sha256s:string[]']).toBe(`${SHA}|${'b'.repeat(64)}`);
    const stub = docs.find((r) => r['key:ID(Document)'] === K124);
    expect(stub).toMatchObject({ 'date:date': null, subject: null, 'files:string[]': '', 'stub:boolean': 'true' });
  });

  it('a month deadline keeps its text and has no typed date; a whole target value is written as a float', () => {
    expect(table('nodes-Deadline.csv')[0]).toMatchObject({ 'date:date': null, dateText: '2023-12', kind: 'month', actor: 'Các trường THCS' });
    expect(table('nodes-Target.csv').map((r) => r['value:float'])).toEqual(['100.0', '95.5']);
  });

  it('relationships: ends, type, evidence with its line breaks, pinpoints as an array', () => {
    const cites = table('rels-CITES.csv');
    expect(cites).toHaveLength(2);
    expect(new Set(cites.map((r) => r.key)).size).toBe(2);
    expect(cites[0]).toMatchObject({ ':START_ID(Document)': K88, ':END_ID(Document)': K124, ':TYPE': 'CITES', 'pinpoints:string[]': 'Điều 9|khoản 2, Điều 5' });
    expect(table('rels-ISSUED_BY.csv')[0]?.quote).toBe('ỦY BAN NHÂN DÂN\nHUYỆN THỦ THỪA');
    expect(table('rels-SENT_TO.csv')[0]).toMatchObject({ 'spanStart:int': null, quote: 'Các trường THCS' });
  });

  propTest.prop([fc.array(fc.option(fc.string({ unit: 'grapheme', maxLength: 30 }), { nil: null }), { minLength: 1, maxLength: 6 })])(
    'any row of fields survives quoting',
    (fields) => {
      const text = `${fields.map(csvField).join(',')}\n`;
      expect(parseCsv(text)).toEqual([fields]);
    },
  );
});

// ─── Cypher, checked by Neo4j's own parser ───────────────────────────────────────────────────

const errorsOf = (q: string): string[] => lintCypherQuery(q, {}).diagnostics.filter((d) => d.severity === 1).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));

describe('Cypher script', () => {
  const statements = toCypherStatements(graph, { batchSize: 2 });

  // The linter runs Neo4j's semantic analysis compiled to JS: ~80 ms a row, hence small batches and long timeouts.
  it('passes Neo4j\'s parser statement by statement', () => {
    for (const s of statements) expect(errorsOf(s), s.slice(0, 120)).toEqual([]);
  }, 120_000);

  it('the checker does catch a broken statement', () => {
    expect(errorsOf(statements[5]!.replace('MERGE', 'MERG'))).not.toEqual([]);
    expect(errorsOf("RETURN 'it's' AS x")).not.toEqual([]);
  }, 30_000);

  it('constraints first, then only MERGEs keyed by key (idempotent), in batches', () => {
    const constraints = statements.filter((s) => s.startsWith('CREATE CONSTRAINT'));
    expect(statements.slice(0, 5)).toEqual(constraints);
    expect(constraints.every((s) => /IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.key IS UNIQUE;$/u.test(s))).toBe(true);
    const writes = statements.slice(5);
    expect(writes.every((s) => s.startsWith('UNWIND [') && /MERGE \((?:n:\w+ \{key: row\.key\}|a\)-\[r:\w+ \{owner: row\.owner\}\]->\(b)\) SET \w \+= row\.props;$/u.test(s))).toBe(true);
    expect(writes.some((s) => / CREATE /u.test(s))).toBe(false);
    // 8 nodes in batches of 2 per label (2+1+2+1+2 → 5 statements), 9 relationships in 7 type groups (at most 2 each → 7).
    expect(writes).toHaveLength(12);
    const rows = writes.join('\n').match(/\{key: '|\{from: '/gu) ?? [];
    expect(rows).toHaveLength(nodes.length + relationships.length);
  });

  it('inlines typed literals: date(), floats, booleans, lists, null', () => {
    const script = toCypherScript(graph);
    expect(script).toContain("date: date('2022-04-29')");
    expect(script).toContain('value: 100.0');
    expect(script).toContain('stub: true');
    expect(script).toContain("pinpoints: ['Điều 9', 'khoản 2, Điều 5']");
    expect(script).toContain('date: null, dateText: \'2023-12\'');
    expect(script.split('\n').filter((l) => l !== '' && !l.startsWith('//'))).toHaveLength(toCypherStatements(graph).length);
  });

  // Decode the literal as JSON would (Cypher's escapes are JSON's plus \'), to check it means the input.
  const decode = (lit: string): string =>
    JSON.parse(`"${lit.slice(1, -1).replace(/\\\\|\\'|"/gu, (m) => (m === '"' ? '\\"' : m === "\\'" ? "'" : m))}"`) as string;

  propTest.prop([fc.string({ unit: 'grapheme', maxLength: 40 })], { numRuns: 25 })('any string literal parses and means the same text', (s) => {
    const lit = cypherString(s);
    expect(errorsOf(`RETURN ${lit} AS x`)).toEqual([]);
    expect(decode(lit)).toBe(s);
  }, 60_000);

  propTest.prop([fc.string({ unit: 'binary', maxLength: 20 })], { numRuns: 25 })('control characters and quotes never break a statement', (s) => {
    expect(errorsOf(`MERGE (n:Document {key: ${cypherString(s)}}) SET n.x = ${cypherString(s)}`)).toEqual([]);
    expect(decode(cypherString(s))).toBe(s);
  }, 60_000);
});

// ─── GraphML ─────────────────────────────────────────────────────────────────────────────────

describe('GraphML', () => {
  const els = parseXml(toGraphml(graph));
  const of = (name: string): XmlElement[] => els.filter((e) => e.name === name);

  it('is well-formed XML with one node and one edge per graph item', () => {
    expect(of('graphml')).toHaveLength(1);
    expect(of('graph')[0]?.attributes.edgedefault).toBe('directed');
    expect(of('node')).toHaveLength(nodes.length);
    expect(of('edge')).toHaveLength(relationships.length);
  });

  it('declares every key it uses, once, with a type', () => {
    const keys = of('key');
    const ids = keys.map((k) => k.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(of('data').map((d) => d.attributes.key));
    for (const k of used) expect(ids).toContain(k);
    expect(keys.find((k) => k.attributes.id === 'n_year')?.attributes['attr.type']).toBe('long');
    expect(keys.find((k) => k.attributes.id === 'n_value')?.attributes['attr.type']).toBe('double');
  });

  it('nodes carry their label, edges their type, and the ends exist', () => {
    const nodeIds = new Set(of('node').map((n) => n.attributes.id));
    expect(of('node').filter((n) => n.attributes.labels === ':Document')).toHaveLength(2);
    for (const e of of('edge')) {
      expect(nodeIds.has(e.attributes.source ?? '')).toBe(true);
      expect(nodeIds.has(e.attributes.target ?? '')).toBe(true);
    }
    expect(of('edge').map((e) => e.attributes.label).filter((t) => t === 'CITES')).toHaveLength(2);
  });

  it('keeps the Vietnamese text, quotes and line breaks', () => {
    const data = (key: string): string[] => of('data').filter((d) => d.attributes.key === key).map((d) => d.text);
    expect(data('n_subject')).toContain(SUBJECT);
    expect(data('n_key')).toContain(K88);
    expect(data('e_quote')).toContain('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An');
    expect(data('e_pinpoints')).toContain(JSON.stringify(['Điều 9', 'khoản 2, Điều 5']));
  });

  propTest.prop([fc.string({ unit: 'binary', maxLength: 30 })])('any subject still gives well-formed XML', (s) => {
    const odd = sortGraph({ nodes: nodes.map((n) => (n.label === 'Document' ? { ...n, props: { ...n.props, subject: s } } : n)), relationships });
    expect(() => parseXml(toGraphml(odd))).not.toThrow();
  });
});

// ─── JSON, NDJSON, and order ─────────────────────────────────────────────────────────────────

describe('JSON and NDJSON', () => {
  it('JSON holds the model as it is', () => {
    const back = JSON.parse(toJson(graph)) as { nodes: unknown[]; relationships: unknown[] };
    expect(back.nodes).toEqual(graph.nodes);
    expect(back.relationships).toEqual(graph.relationships);
  });
  it('NDJSON: one item a line, nodes first', () => {
    const lines = toNdjson(graph).trimEnd().split('\n').map((l) => JSON.parse(l) as GraphItem);
    expect(lines).toHaveLength(nodes.length + relationships.length);
    expect(lines.findIndex((l) => l.kind === 'relationship')).toBe(nodes.length);
  });
});

describe('deterministic order', () => {
  propTest.prop([fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length })], { numRuns: 20 })(
    'the same graph in any order gives the same bytes in every format',
    async (shuffled) => {
      const g = await collectGraph(shuffled);
      expect(toJson(g)).toBe(toJson(graph));
      expect(toCypherScript(g)).toBe(toCypherScript(graph));
      expect(toGraphml(g)).toBe(toGraphml(graph));
      expect(toNeo4jCsv(g)).toEqual(toNeo4jCsv(graph));
    },
  );
});
