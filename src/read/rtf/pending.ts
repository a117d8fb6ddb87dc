// Text bytes waiting to be decoded in their font (\'hh escapes and 8-bit characters), and the
// \ucN fallback: after a Unicode character \uN, the next N characters are its ANSI stand-in,
// written for old readers, and are skipped.

export interface PendingBytes {
  /** One \'hh byte. */
  hex(byte: number): void;
  /** An escaped \\, \{ or \}: never taken for a fallback character. */
  literal(byte: number): void;
  /** Plain text (one byte a character). */
  text(text: string): void;
  /** After \uN: the next `count` characters are its fallback. */
  skipFallback(count: number): void;
  /** Any other control word but \uc ends the fallback. */
  endFallback(): void;
  /** The bytes gathered since the last take, null when none. */
  take(): Uint8Array | null;
}

export function createPendingBytes(): PendingBytes {
  let bytes: number[] = [];
  let skip = 0;
  return {
    hex: (byte) => {
      if (skip > 0) skip--;
      else bytes.push(byte);
    },
    literal: (byte) => {
      bytes.push(byte);
    },
    text: (text) => {
      const n = Math.min(skip, text.length);
      skip -= n;
      for (let i = n; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff);
    },
    skipFallback: (count) => {
      skip = count;
    },
    endFallback: () => {
      skip = 0;
    },
    take: () => {
      if (bytes.length === 0) return null;
      const raw = Uint8Array.from(bytes);
      bytes = [];
      return raw;
    },
  };
}
