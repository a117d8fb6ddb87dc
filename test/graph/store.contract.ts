/** One behaviour for every GraphStore: run by embedded.test.ts and (with NEO4J_URI) neo4j.test.ts. */
import { fc, test as fcTest } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphItem } from '../../graph/model.js';
import type { GraphStore } from '../../graph/store.js';
import { makeRecord } from './records.js';

const LAM_DONG = 'Ủy ban nhân dân tỉnh Lâm Đồng';
const plan88 = (extra: Partial<Parameters<typeof makeRecord>[0]> = {}) =>
  makeRecord({ file: 'in/88-kh-ubnd.docx', number: '88/KH-UBND', date: '2022-05-10', issuer: LAM_DONG,
    cites: [{ key: '124/2021/TT-BCA', type: 'Thông tư', date: '2021-12-28', issuer: 'Bộ Công an', pinpoints: ['Điều 9'] }], ...extra });
const schoolPlan = (cite88: { date?: string | null; issuer?: string | null } = { date: '2022-05-10', issuer: 'UBND tỉnh Lâm Đồng' }) =>
  makeRecord({ file: 'in/ke-hoach-truong.txt', number: '15/KH-THPT', date: '2022-06-01', issuer: 'Trường THPT Bảo Lộc',
    cites: [{ key: '88/KH-UBND', ...cite88 }, { key: '124/2021/TT-BCA', type: 'Thông tư', date: '2021-12-28', issuer: 'Bộ Công an' }],
    deadlines: [{ date: '2022-12-05', text: 'Các tổ chuyên môn gửi báo cáo về Ban Giám hiệu trước ngày 05/12/2022.' }] });

export async function items(store: GraphStore): Promise<GraphItem[]> {
  const out: GraphItem[] = [];
  for await (const item of store.snapshot()) out.push(item);
  return out;
}

/** What a backend under test cannot do; the suite skips only those tests. */
export interface ContractCaps {
  /** two stores open at once hold two separate graphs (false for one shared Neo4j database). */
  readonly separateInstances: boolean;
}

export function graphStoreContract(name: string, make: () => Promise<GraphStore>, caps: ContractCaps = { separateInstances: true }): void {
  describe(`GraphStore contract: ${name}`, () => {
    let open: GraphStore[] = [];
    const fresh = async () => {
      const s = await make();
      open.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of open) await s.close();
      open = [];
    });

    it('upserting the same records twice is the same as once', async () => {
      const s = await fresh();
      expect(await s.upsert([plan88(), schoolPlan()])).toMatchObject({ ingested: 2, unchanged: 0 });
      const once = await items(s);
      expect(await s.upsert([plan88(), schoolPlan()])).toMatchObject({ ingested: 0, unchanged: 2 });
      expect(await items(s)).toEqual(once);
    });

    it('a stub "88/KH-UBND" cited with its date and issuer merges into the document when it is ingested', async () => {
      const s = await fresh();
      await s.upsert([schoolPlan()]);
      expect((await s.stats()).stubs).toBe(2);
      const summary = await s.upsert([plan88()]);
      expect(summary.mergedStubs).toBe(1);
      const stats = await s.stats();
      expect([stats.documents, stats.stubs]).toEqual([2, 1]);
      const [doc] = await s.findDocuments('88/KH-UBND');
      const view = await s.document(doc?.key ?? '');
      expect(view?.document.stub).toBe(false);
      expect(view?.incoming.map((r) => [r.type, r.other.name])).toEqual([['IMPLEMENTS', 'Kế hoạch 15/KH-THPT ngày 2022-06-01 của Trường THPT Bảo Lộc']]);
    });

    it('a stub with an unknown issuer merges when number and year agree', async () => {
      const s = await fresh();
      await s.upsert([schoolPlan({ date: '2022-05-10', issuer: null }), plan88()]);
      expect((await s.findDocuments('88/KH-UBND')).map((d) => d.stub)).toEqual([false]);
    });

    it.skipIf(!caps.separateInstances)('citing first or ingesting first gives the same graph', async () => {
      const a = await fresh();
      const b = await fresh();
      await a.upsert([schoolPlan()]);
      await a.upsert([plan88()]);
      await b.upsert([plan88()]);
      await b.upsert([schoolPlan()]);
      expect(await items(a)).toEqual(await items(b));
    });

    it('88/KH-UBND of another province is another document', async () => {
      const s = await fresh();
      const daNang = makeRecord({ file: 'in/88-da-nang.pdf', number: '88/KH-UBND', date: '2022-03-02', issuer: 'Ủy ban nhân dân thành phố Đà Nẵng' });
      await s.upsert([plan88(), daNang, schoolPlan()]);
      const found = await s.findDocuments('88/kh-ubnd');
      expect(found.map((d) => d.issuer).sort()).toEqual(['Ủy ban nhân dân thành phố Đà Nẵng', LAM_DONG]);
      const lamDong = found.find((d) => d.issuer === LAM_DONG);
      expect((await s.document(lamDong?.key ?? ''))?.incoming).toHaveLength(1);
    });

    it('the same document as DOCX and as PDF is one Document with two source files', async () => {
      const s = await fresh();
      await s.upsert([plan88({ file: 'in/88.docx' })]);
      await s.upsert([plan88({ file: 'in/88.pdf', salt: '-- 1 of 1 --' })]);
      const [doc] = await s.findDocuments('88/KH-UBND');
      expect(doc?.files.map((f) => f.file).sort()).toEqual(['in/88.docx', 'in/88.pdf']);
      const stats = await s.stats();
      expect([stats.documents, stats.sourceFiles, stats.relationships.IMPLEMENTS]).toEqual([1, 2, 1]);
    });

    it('a corrected copy replaces the facts the document states, and drops stubs no one cites any more', async () => {
      const s = await fresh();
      await s.upsert([schoolPlan()]);
      const corrected = makeRecord({ file: 'in/ke-hoach-truong-sua.txt', number: '15/KH-THPT', date: '2022-06-01', issuer: 'Trường THPT Bảo Lộc',
        cites: [{ key: '124/2021/TT-BCA', type: 'Thông tư', date: '2021-12-28', issuer: 'Bộ Công an' }],
        deadlines: [{ date: '2022-12-10', text: 'Các tổ chuyên môn gửi báo cáo về Ban Giám hiệu trước ngày 10/12/2022.' }] });
      await s.upsert([corrected]);
      expect((await s.deadlines()).map((d) => d.date)).toEqual(['2022-12-10']);
      expect((await s.missing()).map((m) => m.document.number)).toEqual(['124/2021/TT-BCA']);
      expect((await s.stats()).sourceFiles).toBe(2);
    });

    it('every relationship carries its evidence: file, span and the quoted text', async () => {
      const s = await fresh();
      await s.upsert([plan88()]);
      const rels = (await items(s)).flatMap((i) => (i.kind === 'relationship' ? [i.relationship] : []));
      expect(rels.map((r) => r.type).sort()).toEqual(['IMPLEMENTS', 'ISSUED_BY', 'ISSUED_BY']);
      const implementsRel = rels.find((r) => r.type === 'IMPLEMENTS');
      expect(implementsRel?.evidence).toMatchObject({ file: 'in/88-kh-ubnd.docx', quote: 'Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an' });
      expect(implementsRel?.props.pinpoints).toEqual(['Điều 9']);
      expect(implementsRel?.evidence.span).not.toBeNull();
    });

    it('lineage goes up and down IMPLEMENTS, respects depth, and stops on a cycle', async () => {
      const s = await fresh();
      const chain = ['1/KH-A', '2/KH-B', '3/KH-C', '4/KH-D'].map((n, i, all) =>
        makeRecord({ file: `in/${i}.txt`, number: n, date: '2023-01-0' + (i + 1), issuer: `Ủy ban nhân dân huyện ${i}`,
          cites: i > 0 ? [{ key: all[i - 1] ?? '', date: `2023-01-0${i}`, issuer: `Ủy ban nhân dân huyện ${i - 1}` }] : [] }));
      // 1/KH-A names 4/KH-D as its basis: a cycle 1 → 4 → 3 → 2 → 1.
      const cyclic = makeRecord({ file: 'in/0.txt', number: '1/KH-A', date: '2023-01-01', issuer: 'Ủy ban nhân dân huyện 0',
        cites: [{ key: '4/KH-D', date: '2023-01-04', issuer: 'Ủy ban nhân dân huyện 3' }], salt: 'bản sửa' });
      await s.upsert([...chain]);
      const [d] = await s.findDocuments('4/KH-D');
      const up = await s.lineage(d?.key ?? '', { direction: 'up', depth: 2 });
      expect(up?.nodes.map((n) => [n.number, n.depth])).toEqual([['4/KH-D', 0], ['3/KH-C', 1], ['2/KH-B', 2]]);
      expect(up?.edges.map((e) => [e.from.split('|')[0], e.to.split('|')[0]])).toEqual([['3/KH-C', '2/KH-B'], ['4/KH-D', '3/KH-C']]);
      const [a] = await s.findDocuments('1/KH-A');
      expect((await s.lineage(a?.key ?? '', { direction: 'down' }))?.nodes.map((n) => n.number)).toEqual(['1/KH-A', '2/KH-B', '3/KH-C', '4/KH-D']);
      await s.upsert([cyclic]);
      const around = await s.lineage(a?.key ?? '', { direction: 'down', depth: 50 });
      expect(around?.nodes.map((n) => [n.number, n.depth])).toEqual([['1/KH-A', 0], ['2/KH-B', 1], ['3/KH-C', 2], ['4/KH-D', 3]]);
      expect(await s.lineage('không có|2023|', { direction: 'up' })).toBeNull();
    });

    it('lineage asked for no evidence is the same walk, pinpoints and all, with evidence null', async () => {
      const s = await fresh();
      await s.upsert([plan88(), schoolPlan(), makeRecord({ file: 'in/bao-cao.txt', number: '95/BC-UBND', date: '2022-07-01', issuer: LAM_DONG,
        cites: [{ key: '88/KH-UBND', date: '2022-05-10', issuer: LAM_DONG }, { key: '124/2021/TT-BCA', type: 'Thông tư', date: '2021-12-28', issuer: 'Bộ Công an' }],
        links: [['88/KH-UBND', '124/2021/TT-BCA']] })]);
      const [tt] = await s.findDocuments('124/2021/TT-BCA');
      const full = await s.lineage(tt?.key ?? '', { direction: 'down', depth: 3 });
      expect(full?.edges.some((e) => e.pinpoints.length > 0)).toBe(true);
      expect(full?.edges.every((e) => e.evidence !== null)).toBe(true);
      const bare = await s.lineage(tt?.key ?? '', { direction: 'down', depth: 3, evidence: false });
      expect(bare).toEqual(full && { ...full, edges: full.edges.map((e) => ({ ...e, evidence: null })) });
    });

    it('missing lists cited-only documents, most cited first', async () => {
      const s = await fresh();
      await s.upsert([plan88(), schoolPlan()]);
      const missing = await s.missing();
      expect(missing.map((m) => [m.document.number, m.citedBy])).toEqual([['124/2021/TT-BCA', 2]]);
      expect(missing[0]?.citers).toHaveLength(2);
    });

    it('deadlines filter by period (a partial date overlaps) and by agency as people write it', async () => {
      const s = await fresh();
      await s.upsert([makeRecord({ file: 'in/cv.txt', number: '586/UBND-NCTCD', date: '2021-01-21', issuer: 'UBND tỉnh Long An', deadlines: [
        { date: '2021-02-25', actor: 'Hiệu trưởng các trường', recipient: 'Phòng GDĐT', text: 'Hiệu trưởng các trường gửi kế hoạch về Phòng GDĐT trước ngày 25/02/2021.' },
        { date: '2021-03', kind: 'month', actor: 'Công an huyện', recipient: null, text: 'Công an huyện hoàn thành trong tháng 3/2021.' },
        { date: null, rrule: 'FREQ=MONTHLY;INTERVAL=6', kind: 'recurring', actor: 'Các đơn vị', text: 'Định kỳ 6 tháng, các đơn vị báo cáo kết quả.' },
      ] })]);
      expect((await s.deadlines({ from: '2021-03-15', to: '2021-04-30' })).map((d) => d.date)).toEqual(['2021-03', null]);
      expect((await s.deadlines({ to: '2021-02-28' })).map((d) => d.date)).toEqual(['2021-02-25', null]);
      expect((await s.deadlines({ agency: 'Phòng Giáo dục và Đào tạo' })).map((d) => d.date)).toEqual(['2021-02-25']);
      expect((await s.deadlines({ agency: 'UBND tỉnh Long An' })).length).toBe(3);
    });

    it('a dated recurring duty is in a range only when one of its occurrences is', async () => {
      const s = await fresh();
      await s.upsert([makeRecord({ file: 'in/qd.txt', number: '61/2006/QĐ-UBND', date: '2006-06-12', issuer: 'UBND tỉnh Bình Thuận', deadlines: [
        { date: '2006-12-15', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', kind: 'recurring', actor: 'Sở Kế hoạch và Đầu tư', text: 'Hằng năm, Sở Kế hoạch và Đầu tư báo cáo trước ngày 15 tháng 12.' },
      ] })]);
      expect((await s.deadlines({ from: '2024-12-01', to: '2024-12-31' })).map((d) => d.date)).toEqual(['2006-12-15']);
      expect(await s.deadlines({ from: '2025-01-01', to: '2025-03-31' })).toEqual([]);
      expect(await s.deadlines({ to: '2006-06-30' })).toEqual([]);
      expect((await s.deadlines({ from: '2025' })).length).toBe(1);
    });

    it('finds a document by its symbol however it is typed', async () => {
      const s = await fresh();
      await s.upsert([plan88()]);
      expect((await s.findDocuments('124/2021/tt-bca')).map((d) => d.number)).toEqual(['124/2021/TT-BCA']);
      expect((await s.findDocuments('88 /KH-UBND')).map((d) => d.number)).toEqual(['88/KH-UBND']);
      expect(await s.findDocuments('999/KH-UBND')).toEqual([]);
      expect((await s.knownSources([plan88().sha256, 'f'.repeat(64)])).size).toBe(1);
    });

    it('stats counts every relationship type, with sorted keys', async () => {
      const s = await fresh();
      await s.upsert([plan88({ signer: 'Trần Văn Bình', recipients: ['Sở Giáo dục và Đào tạo', 'Lưu: VT'] })]);
      const stats = await s.stats();
      expect(Object.keys(stats.relationships)).toEqual(['IMPLEMENTS', 'CITES', 'ISSUED_BY', 'SIGNED_BY', 'SENT_TO', 'HAS_DEADLINE', 'HAS_TARGET']);
      expect(stats.relationships).toMatchObject({ SIGNED_BY: 1, SENT_TO: 1, IMPLEMENTS: 1 });
      expect([stats.persons, stats.agencies]).toEqual([1, 3]);
    });

    describe.skipIf(!caps.separateInstances)('ingestion order', () => {
      fcTest.prop([fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1 }), fc.boolean()], { numRuns: 15 })(
        'any order of ingestion, in one batch or one by one, gives the same graph as the canonical order',
        async (order, oneByOne) => {
          const all = [plan88(), schoolPlan(), makeRecord({ file: 'in/124.pdf', number: '124/2021/TT-BCA', date: '2021-12-28', issuer: 'Bộ Công an' }),
            makeRecord({ file: 'in/88-other.txt', number: '88/KH-UBND', date: '2022-03-02', issuer: 'Ủy ban nhân dân thành phố Đà Nẵng' })];
          const a = await make();
          const b = await make();
          try {
            const picked = order.map((i) => all[i]).filter((r) => r !== undefined);
            if (oneByOne) for (const r of picked) await a.upsert([r]);
            else await a.upsert(picked);
            for (const r of [...picked].sort((x, y) => (x.file ?? '').localeCompare(y.file ?? ''))) await b.upsert([r]);
            expect(await b.stats()).toEqual(await a.stats());
          } finally {
            await a.close();
            await b.close();
          }
        },
      );
    });
  });
}
