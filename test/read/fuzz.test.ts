import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadError, type ReadErrorCode } from '../../src/read/errors.js';
import { closeReaders, readDocument } from '../../src/read/index.js';

/**
 * Damaged office files, as a bad disk, a cut download or a hostile sender makes them: real files
 * saved by LibreOffice (test/read/samples) with bytes flipped, cut short or spliced. Each must end
 * read or refused with a code a clerk understands — never an internal error surfacing as
 * "unreadable: reading failed: …", never a crash of the process.
 */
// A damaged PDF page may lose its text layer and go to OCR (seconds each): fewer runs there.
// The header-plan samples reach the page header and footer code of the DOCX, RTF and .doc readers.
const SAMPLES = ([
  ['plan.docx', 25], ['plan.libreoffice.pdf', 10], ['plan.libreoffice.rtf', 25], ['plan.word97.doc', 25],
  ['header-plan.libreoffice.docx', 25], ['header-plan.libreoffice.rtf', 25], ['header-plan.word97.doc', 25],
] as const).map(([name, runs]) => ({
  name,
  runs,
  bytes: new Uint8Array(readFileSync(new URL(`./samples/${name}`, import.meta.url))),
}));

const CLEAR: readonly ReadErrorCode[] = ['corrupt', 'truncated', 'no-text', 'unsupported-type', 'type-mismatch', 'encoding-unknown', 'encrypted', 'limit-exceeded', 'timeout'];

type Damage =
  | { readonly kind: 'flip'; readonly at: readonly { pos: number; byte: number }[] }
  | { readonly kind: 'cut'; readonly keep: number }
  | { readonly kind: 'splice'; readonly pos: number; readonly chunk: Uint8Array };

const damage = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.record({ pos: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('cut' as const), keep: fc.double({ min: 0.05, max: 0.98, noNaN: true }) }),
  fc.record({ kind: fc.constant('splice' as const), pos: fc.double({ min: 0, max: 1, noNaN: true }), chunk: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
);

function apply(bytes: Uint8Array, d: Damage): Uint8Array {
  const at = (x: number): number => Math.min(bytes.length - 1, Math.floor(x * bytes.length));
  if (d.kind === 'cut') return bytes.slice(0, Math.max(1, Math.floor(d.keep * bytes.length)));
  if (d.kind === 'splice') {
    const p = at(d.pos);
    return Uint8Array.from([...bytes.subarray(0, p), ...d.chunk, ...bytes.subarray(p)]);
  }
  const out = bytes.slice();
  for (const { pos, byte } of d.at) out[at(pos)] = byte;
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'vanban-fuzz-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeReaders();
});

describe('readers on damaged real office files', () => {
  it.each(SAMPLES)('$name: every damaged copy is read or refused with a clear code', { timeout: 180_000 }, async ({ name, runs, bytes }) => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(damage, async (d) => {
        const file = join(dir, `${n++}-${name}`);
        writeFileSync(file, apply(bytes, d as Damage));
        try {
          const r = await readDocument(file, { limits: { timeoutMs: 20_000 } });
          expect(typeof r.text).toBe('string');
          expect(r.text.trim()).not.toBe('');
        } catch (err) {
          if (!(err instanceof ReadError)) throw err;
          expect(CLEAR, `${err.code}: ${err.message}`).toContain(err.code);
          expect(err.message).not.toMatch(/undefined|TypeError|RangeError|Cannot read prop/u);
        } finally {
          rmSync(file, { force: true });
        }
      }),
      { numRuns: runs },
    );
  });
});
