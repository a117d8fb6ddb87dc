import { z } from 'zod';

// Zod schemas for the lookup tables in this folder. The tables are data (as eyecite's
// reporters-db): edit the JSON, and a broken table fails loudly when `index.ts` loads it.

const isNfc = (s: string): boolean => s === s.normalize('NFC');
const startsUpper = (s: string): boolean => {
  const first = s.charAt(0);
  return first !== first.toLocaleLowerCase('vi');
};

/** A non-empty NFC string with no leading or trailing space. */
export const Text = z
  .string()
  .min(1)
  .refine(isNfc, { message: 'not NFC' })
  .refine((s) => s === s.trim(), { message: 'leading or trailing space' });

/** A proper name: starts with a capital letter ("Ủy ban nhân dân", "Bộ Công an"). */
export const Name = Text.refine(startsUpper, { message: 'name must start with a capital letter' });

/** A code as written in symbols: letters, digits, & and - ("SGDĐT", "TTg", "BNN&PTNT", "PTC-KH"). */
export const Code = Text.regex(/^[\p{L}\p{N}&-]+$/u, { message: 'code has characters other than letters, digits, & and -' });

/** A document symbol as an example: "124/2021/TT-BCA", "51-NQ/TW", "586/UBND-NCTCD". */
export const ExampleSymbol = Text.regex(/^\d{1,6}(?:[/-][\p{L}\p{N}&]+)+$/u, {
  message: 'not shaped like a document symbol',
});

export const IsoDay = z.iso.date();

export const IssuerLevel = z.enum(['central', 'province', 'district', 'commune', 'party', 'other']);

export const IssuerEntrySchema = z.strictObject({
  /** The full official name; for a relative issuer, without its locality ("Ủy ban nhân dân"). */
  name: Name,
  level: IssuerLevel,
  /** True when the name needs a locality from the issuing document ("UBND" + "tỉnh Long An"). */
  relative: z.boolean(),
  /** For TU-like codes: the name used in a centrally-run city ("Thành ủy"). */
  nameInCity: Name.optional(),
  /** The code may carry a number written after it: QH14, UBTVQH15, BCĐ138. */
  numbered: z.boolean().optional(),
  variants: z.array(Code),
  examples: z.array(ExampleSymbol).min(1),
  validFrom: IsoDay.optional(),
  validTo: IsoDay.optional(),
  /** The code of the body that took this one over (BKHĐT → BTC). */
  successor: Code.optional(),
  note: Text.optional(),
});

/** Every key and variant names one entry only. */
const oneOwnerPerSpelling = (table: Record<string, { readonly variants: readonly string[] }>, ctx: z.RefinementCtx): void => {
  const owner = new Map<string, string>(Object.keys(table).map((k) => [k, k]));
  for (const [key, { variants }] of Object.entries(table)) {
    for (const v of variants) {
      const prev = owner.get(v);
      if (prev !== undefined) ctx.addIssue({ code: 'custom', path: [key, 'variants'], message: `"${v}" is already ${prev}` });
      owner.set(v, key);
    }
  }
};

export const IssuerTableSchema = z.record(Code, IssuerEntrySchema).superRefine(oneOwnerPerSpelling);

export const DocTypeEntrySchema = z.strictObject({
  name: Name,
  /** Used in Party documents (51-NQ/TW), state documents (TT-BCA), or both. */
  party: z.union([z.boolean(), z.literal('both')]),
  /** Issued jointly by several bodies, each named in the symbol (TTLT-BTC-BNV). */
  joint: z.boolean().optional(),
  /** The other reading of the same code (TT: Thông tri for Mặt trận and Party bodies). */
  alsoName: Name.optional(),
  variants: z.array(Code),
  examples: z.array(ExampleSymbol).min(1),
  note: Text.optional(),
});

export const TypeWordSchema = z.strictObject({
  /** Canonical casing: "Thông tư liên tịch". */
  word: Name,
  /** The type code the word corresponds to, when it has one. */
  code: Code.optional(),
});

export const DocTypeTableSchema = z.strictObject({
  types: z.record(Code, DocTypeEntrySchema).superRefine(oneOwnerPerSpelling),
  typeWords: z.array(TypeWordSchema).min(1),
});

export const AgencyAbbreviationSchema = z.strictObject({
  abbr: Text,
  expansion: Text,
  note: Text.optional(),
});

export const AgencyTableSchema = z.array(AgencyAbbreviationSchema).min(1);

export const ProvinceKind = z.enum(['tỉnh', 'thành phố']);

export const ProvinceSchema = z.strictObject({
  name: Name,
  kind: ProvinceKind,
  /** Other spellings: "TP.HCM", "Đắc Lắc", "Bà Rịa-Vũng Tàu". */
  aliases: z.array(Text).optional(),
  validFrom: IsoDay.optional(),
  validTo: IsoDay.optional(),
  /** The unit this one was merged into (2025: Long An → Tây Ninh). */
  mergedInto: Name.optional(),
  /** The units merged to form this one. */
  mergedFrom: z.array(Name).optional(),
  /** The unit that replaced this one otherwise (Thừa Thiên Huế → Huế). */
  successor: Name.optional(),
  note: Text.optional(),
});

export const ProvinceTableSchema = z.array(ProvinceSchema).min(1);

export type IssuerEntry = z.infer<typeof IssuerEntrySchema>;
export type DocTypeEntry = z.infer<typeof DocTypeEntrySchema>;
export type TypeWordEntry = z.infer<typeof TypeWordSchema>;
export type AgencyAbbreviation = z.infer<typeof AgencyAbbreviationSchema>;
export type ProvinceEntry = z.infer<typeof ProvinceSchema>;

/** A syllable as the syllable table holds it: lower-case letters only ("hoạch", "ubnd", "covid"). */
export const Syllable = Text.regex(/^\p{Ll}+$/u, { message: 'not a lower-case syllable' });

const sortedUnique = (list: readonly string[]): boolean => list.every((s, i) => i === 0 || list[i - 1]! < s);

export const CommonSyllableTableSchema = z.strictObject({
  note: Text,
  syllables: z.array(Syllable).min(1).refine(sortedUnique, { message: 'syllables must be sorted (by code unit) and unique' }),
});
