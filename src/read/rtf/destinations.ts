// Which RTF destinations hold words vanban reads, and the control words that stand for a character.

/** Destinations whose content is not text: tables of fonts, colours and styles, pictures, field codes, metadata. */
export const SKIPPED_DESTINATIONS: ReadonlySet<string> = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'fldinst', 'objdata', 'objclass', 'themedata', 'colorschememapping', 'datastore', 'latentstyles',
  'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'filetbl', 'revtbl', 'userprops',
  'docvar', 'nonshppict', 'sp', 'sn', 'sv', 'template', 'listtext', 'pntext', 'pgdsctbl', 'protusertbl', 'bkmkstart', 'bkmkend',
]);

/**
 * Page headers and footers: \header and \footer on every page, \headerr/\headerl on right/left
 * pages (facing pages), \headerf/\footerf on the first page under \titlepg.
 */
export const PAGE_PART_DESTINATIONS: ReadonlySet<string> = new Set(['header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf']);

/** Control words that write one character. */
export const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', emspace: ' ', enspace: ' ',
};
