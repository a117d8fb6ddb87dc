import { z } from 'zod';
import { DocumentRecordSchema, RECORD_SCHEMA_ID } from './record.js';

/** The published JSON Schema of a record, generated from the zod schema. */
export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentRecordSchema, { target: 'draft-2020-12' });
  return { ...schema, $id: RECORD_SCHEMA_ID, title: 'vanban document record' };
}
