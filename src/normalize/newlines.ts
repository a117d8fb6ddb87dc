import { replaceMatches, type StepResult } from './edits.js';

// CR LF and lone CR come from Windows and old Mac files; U+2028/2029 from Word's line/paragraph separators.
const BREAKS = /\r\n?|[\u2028\u2029]/gu;

/** Every line break becomes "\n". */
export const unifyNewlines = (input: string): StepResult => replaceMatches(input, BREAKS, () => '\n');
