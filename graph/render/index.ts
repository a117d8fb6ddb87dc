import type { LineageResult } from '../store.js';
import { lineageDot } from './dot.js';
import { lineageMermaid } from './mermaid.js';

export { lineageDot, dotString } from './dot.js';
export { lineageMermaid, mermaidText } from './mermaid.js';

export const PICTURE_FORMATS = ['mermaid', 'dot', 'svg'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

type Viz = Awaited<ReturnType<typeof import('@viz-js/viz').instance>>;
let viz: Promise<Viz> | null = null;

/** Graphviz compiled to WebAssembly (@viz-js/viz): the module carries its own binary, no network. Loaded once, on first use. */
async function graphviz(): Promise<Viz> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  return viz;
}

/** A lineage as a picture: Mermaid flowchart text, Graphviz DOT, or SVG rendered from the DOT offline. */
export async function renderLineage(result: LineageResult, format: PictureFormat): Promise<string> {
  switch (format) {
    case 'mermaid':
      return lineageMermaid(result);
    case 'dot':
      return lineageDot(result);
    case 'svg':
      return (await graphviz()).renderString(lineageDot(result), { format: 'svg', engine: 'dot' });
  }
}
