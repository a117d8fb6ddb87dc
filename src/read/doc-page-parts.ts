// The first page's header and footer of a Word 97 .doc. word-extractor joins every header story of
// every section into one string (page numbers included), so this module reads the stories one by
// one from its extractor: after six note-separator stories, each section has six, in the order
// even header, odd header, even footer, odd footer, first-page header, first-page footer
// ([MS-DOC] Plcfhdd). word-extractor 1.0.4 keeps them in the extractor's `_taggedHeaders`: an
// internal field, read defensively (no stories, no page parts) and pinned by the office-samples test.

import { createRequire } from 'node:module';
import { PAGE_NUMBER_FIELD } from './page-parts.js';

/** The part of word-extractor's document this reader uses. */
export interface WordDocument {
  getBody(): string;
  getFootnotes(): string;
  getEndnotes(): string;
}

interface OleExtractor {
  extract(reader: unknown): Promise<WordDocument>;
  readonly _taggedHeaders?: unknown;
}

interface BufferReader {
  open(): Promise<unknown>;
  close(): Promise<unknown>;
}

const require = createRequire(import.meta.url);
const FIRST_SECTION = 6;
const STORY = { oddHeader: 1, oddFooter: 3, firstHeader: 4, firstFooter: 5 } as const;
// A field is \x13 code \x14 result \x15; a page-number field's result goes with its code.
const FIELD_OF_PAGE = /\x13([^\x13\x14\x15]*)(?:\x14[^\x13\x14\x15]*)?\x15/gu;

export interface WordPages {
  readonly document: WordDocument;
  /** Text of the first section's header and footer shown on page 1 (word-extractor's cleaning applied), null when none. */
  readonly header: { readonly which: 'first-page' | 'page'; readonly text: string } | null;
  readonly footer: { readonly which: 'first-page' | 'page'; readonly text: string } | null;
}

/** Extracts a .doc with word-extractor's OLE extractor, keeping the header and footer stories apart. */
export async function extractWordPages(buffer: Buffer): Promise<WordPages> {
  const WordOleExtractor = require('word-extractor/lib/word-ole-extractor') as new () => OleExtractor;
  const Reader = require('word-extractor/lib/buffer-reader') as new (b: Buffer) => BufferReader;
  const { clean, filter } = require('word-extractor/lib/filters') as { clean(s: string): string; filter(s: string): string };
  const reader = new Reader(buffer);
  const extractor = new WordOleExtractor();
  let document: WordDocument;
  try {
    await reader.open();
    document = await extractor.extract(reader);
  } finally {
    await reader.close();
  }
  const stories = Array.isArray(extractor._taggedHeaders) ? (extractor._taggedHeaders as unknown[]) : [];
  const story = (at: number): string => {
    const s = stories[FIRST_SECTION + at] as { text?: unknown } | undefined;
    if (typeof s?.text !== 'string') return '';
    const text = filter(clean(s.text.replace(FIELD_OF_PAGE, (all, code: string) => (PAGE_NUMBER_FIELD.test(code) ? '' : all))));
    return text.trim() === '' ? '' : text;
  };
  // No section properties are read here, so "different first page" is not known: a first-page
  // story with words is taken to be shown (Word keeps one only once the option was set).
  const pick = (first: number, odd: number) => {
    const f = story(first);
    if (f !== '') return { which: 'first-page' as const, text: f };
    const o = story(odd);
    return o === '' ? null : { which: 'page' as const, text: o };
  };
  return { document, header: pick(STORY.firstHeader, STORY.oddHeader), footer: pick(STORY.firstFooter, STORY.oddFooter) };
}
