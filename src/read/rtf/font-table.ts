// RTF's \fonttbl: entries "{\f2\fnil\fcharset163 .VnTime;}", each a number, a charset and a name
// ended by ";". The name tells TCVN3/VNI fonts, the charset a code page (codepages.ts).

import { codepageOfCharset, type RtfFont } from './codepages.js';
import { SKIPPED_DESTINATIONS } from './destinations.js';

export interface FontTable {
  /** A control word inside the table; true when it opens a group to skip (\panose, \falt …). */
  word(word: string, n: number | null): boolean;
  /** Text inside the table: the open entry's name. */
  text(text: string): void;
  /** The table's group closed: an entry left open is dropped. */
  leave(): void;
  get(id: number): RtfFont | undefined;
}

export function createFontTable(): FontTable {
  const fonts = new Map<number, RtfFont>();
  let entry: { id: number; name: string; charset: number | null } | null = null;
  return {
    word: (word, n) => {
      if (word === 'f' && n !== null) entry = { id: n, name: '', charset: null };
      else if (word === 'fcharset' && entry && n !== null) entry.charset = n;
      else return SKIPPED_DESTINATIONS.has(word) || word === 'panose' || word === 'falt';
      return false;
    },
    text: (text) => {
      if (entry === null) return;
      entry.name += text;
      if (!text.includes(';')) return;
      fonts.set(entry.id, { name: entry.name.slice(0, entry.name.indexOf(';')).trim(), codepage: codepageOfCharset(entry.charset) });
      entry = null;
    },
    leave: () => {
      entry = null;
    },
    get: (id) => fonts.get(id),
  };
}
