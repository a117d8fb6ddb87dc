import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { recordJsonSchema } from '../../src/record/json-schema.js';
import { DocumentRecordSchema } from '../../src/record/record.js';
import { fixtureTexts } from '../fixtures.js';

const published = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/record/record.schema.json'), 'utf8')) as object;

describe('record schema', () => {
  it('the committed JSON Schema is the one generated from the zod schema (npm run schema)', () => {
    expect(published).toEqual(recordJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(published);

  it.each(fixtureTexts())('record of %s is valid against the published JSON Schema and the zod schema', (_name, text) => {
    const record = JSON.parse(JSON.stringify(analyzeText(text))) as unknown;
    const ok = validate(record);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(DocumentRecordSchema.safeParse(record).success).toBe(true);
  });

  it('rejects a record that breaks the contract', () => {
    const record = JSON.parse(JSON.stringify(analyzeText('Căn cứ Kế hoạch số 12/KH-UBND ngày 1/2/2023;'))) as { citations: { relation: string }[] };
    record.citations[0]!.relation = 'quotes';
    expect(validate(record)).toBe(false);
  });
});
