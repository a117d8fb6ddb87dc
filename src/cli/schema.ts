import { writeFile } from 'node:fs/promises';
import { recordJsonSchema } from '../record/json-schema.js';

export async function runSchema(out?: string): Promise<number> {
  const json = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
  if (out) await writeFile(out, json);
  else process.stdout.write(json);
  return 0;
}
