import { fc, test as propTest } from '@fast-check/vitest';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderLineage, mermaidText } from '../../graph/render/index.js';
import type { GraphEvidence } from '../../graph/model.js';
import type { LineageEdge, LineageNode, LineageResult } from '../../graph/store.js';

const K124 = '124/2021/TT-BCA|2021|bộ công an';
const K88 = '88/KH-UBND|2022|ủy ban nhân dân thành phố';
const KPLAN = '3560/KH-SGDĐT|2022|sở giáo dục và đào tạo';

const doc = (key: string, depth: number, p: Partial<LineageNode>): LineageNode => ({
  key, depth, number: null, canonicalNumber: null, year: null, date: null, type: null, issuer: null, subject: null, stub: false, label: key, files: [], ...p,
});
const evidence: GraphEvidence = { file: 'kh.txt', sha256: 'c'.repeat(64), span: { start: 0, end: 10 }, sourceSpan: { start: 0, end: 10 }, quote: 'Thực hiện' };
const edge = (from: string, to: string, pinpoints: string[] = []): LineageEdge => ({ from, to, type: 'IMPLEMENTS', via: 'citation', pinpoints, evidence });

// Thông tư 124 (only cited) ← Kế hoạch 88 của UBND thành phố ← the Sở's plan, which implements both.
const down: LineageResult = {
  root: K124,
  direction: 'down',
  depth: 10,
  nodes: [
    doc(K124, 0, { number: '124/2021/TT-BCA', type: 'Thông tư', issuer: 'Bộ Công an', stub: true }),
    doc(K88, 1, { number: '88/KH-UBND', type: 'Kế hoạch', date: '2022-04-29', issuer: 'UBND thành phố "Hồ Chí Minh" <TP.HCM> & Thủ Đức' }),
    doc(KPLAN, 2, { number: '3560/KH-SGDĐT', type: 'Kế hoạch', date: '2022-11-02', issuer: 'Sở Giáo dục và Đào tạo' }),
  ],
  edges: [edge(K88, K124), edge(KPLAN, K124, ['Điều 9']), edge(KPLAN, K88)],
};

function xmlTexts(xml: string): { elements: string[]; texts: string[] } {
  const parser = new SaxesParser();
  const elements: string[] = [];
  const texts: string[] = [];
  parser.on('error', (e) => { throw e; });
  parser.on('opentag', (t) => { elements.push(t.name); });
  parser.on('text', (t) => { if (t.trim()) texts.push(t.trim()); });
  parser.write(xml).close();
  return { elements, texts };
}

describe('Mermaid', () => {
  it('a flowchart with every document and every IMPLEMENTS arrow', async () => {
    const text = await renderLineage(down, 'mermaid');
    const lines = text.split('\n');
    expect(lines[0]).toBe('flowchart BT');
    expect(lines.filter((l) => /^\s+n\d+\["/u.test(l))).toHaveLength(3);
    expect(text).toContain('n0["Thông tư 124/2021/TT-BCA<br/>Bộ Công an<br/>(chưa có văn bản)"]');
    expect(text).toContain('n1 -->|"thực hiện"| n0');
    expect(text).toContain('n2 -->|"thực hiện Điều 9"| n0');
    expect(text).toContain('n2 -->|"thực hiện"| n1');
    expect(text).toContain('class n0 root;');
    expect(text).toContain('class n0 stub;');
  });

  it('escapes quotes and markup in labels, keeps Vietnamese letters', async () => {
    const text = await renderLineage(down, 'mermaid');
    expect(text).toContain('UBND thành phố #34;Hồ Chí Minh#34; #60;TP.HCM#62; #38; Thủ Đức');
    const n1 = text.split('\n').find((l) => l.trimStart().startsWith('n1['));
    expect(n1?.match(/"/gu)).toHaveLength(2);
  });

  propTest.prop([fc.string({ unit: 'grapheme', maxLength: 40 })])('an escaped label never holds a quote, a bracket or a line break', (s) => {
    expect(mermaidText(s)).not.toMatch(/["\[\]\n\r<>|]/u);
  });
});

describe('DOT', () => {
  it('a digraph with nodes and edges, directives at the top', async () => {
    const dot = await renderLineage(down, 'dot');
    expect(dot.startsWith('digraph lineage {')).toBe(true);
    expect(dot).toContain('rankdir=BT');
    expect(dot).toContain('n0 [label="Thông tư 124/2021/TT-BCA\\nBộ Công an\\n(chưa có văn bản)"');
    expect(dot).toContain('style="rounded,dashed,bold"');
    expect(dot).toContain('n1 -> n0 [label="thực hiện"]');
    expect(dot).toContain('n2 -> n1 [label="thực hiện"]');
    expect(dot).toContain('\\"Hồ Chí Minh\\"');
    expect(dot.match(/ -> /gu)).toHaveLength(3);
  });
});

describe('SVG (Graphviz in WebAssembly)', () => {
  it('is XML and shows every document label', async () => {
    const svg = await renderLineage(down, 'svg');
    const { elements, texts } = xmlTexts(svg);
    expect(elements[0]).toBe('svg');
    expect(elements.filter((e) => e === 'g').length).toBeGreaterThanOrEqual(7);
    for (const label of ['Thông tư 124/2021/TT-BCA', 'Kế hoạch 88/KH-UBND', 'Kế hoạch 3560/KH-SGDĐT', 'ngày 29/04/2022', 'Sở Giáo dục và Đào tạo', '(chưa có văn bản)']) {
      expect(texts).toContain(label);
    }
    expect(texts).toContain('UBND thành phố "Hồ Chí Minh" <TP.HCM> & Thủ Đức');
    expect(texts.filter((t) => t.startsWith('thực hiện'))).toHaveLength(3);
  }, 60_000);

  it('a lone root renders too', async () => {
    const lone: LineageResult = { ...down, nodes: down.nodes.slice(0, 1), edges: [] };
    expect(xmlTexts(await renderLineage(lone, 'svg')).texts).toContain('Thông tư 124/2021/TT-BCA');
  }, 60_000);
});
