import { z } from 'zod';

// Zod schema for the legacy Vietnamese encoding tables beside this file (tcvn3.json, vni.json).
// Each table maps one Unicode character to the byte sequence that stands for it.

/** One byte or two, as upper-case hex: "AD", "61 F9". */
const ByteSeq = z.string().regex(/^[0-9A-F]{2}(?: [0-9A-F]{2})?$/u, { message: 'not one or two hex bytes ("AD", "61 F9")' });

/** A single NFC character (a letter, NBSP, or a combining tone mark TCVN3 has a byte for). */
const OneChar = z
  .string()
  .refine((s) => s.length === 1, { message: 'key must be one character of the BMP (one UTF-16 unit)' })
  .refine((s) => s === s.normalize('NFC'), { message: 'not NFC' });

/** No two characters share a byte sequence: decoding must be a function. */
const oneCharPerSequence = (bytes: Record<string, string>, ctx: z.RefinementCtx): void => {
  const owner = new Map<string, string>();
  for (const [ch, seq] of Object.entries(bytes)) {
    const prev = owner.get(seq);
    if (prev !== undefined) ctx.addIssue({ code: 'custom', path: ['bytes', ch], message: `${seq} already stands for "${prev}"` });
    owner.set(seq, ch);
  }
};

export const EncodingTableSchema = z.strictObject({
  name: z.string().min(1),
  note: z.string().min(1),
  bytes: z.record(OneChar, ByteSeq).superRefine(oneCharPerSequence),
});

export type EncodingTable = z.infer<typeof EncodingTableSchema>;
