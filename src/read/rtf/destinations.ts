// Which RTF destinations hold words vanban reads, and the control words that stand for a character.

/** Destinations whose content is not body text: tables of fonts, colours and styles, pictures, field codes, metadata. */
export const SKIPPED_DESTINATIONS: ReadonlySet<string> = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'fldinst', 'objdata', 'objclass', 'themedata', 'colorschememapping', 'datastore', 'latentstyles',
  'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'filetbl', 'revtbl', 'userprops',
  'docvar', 'nonshppict', 'sp', 'sn', 'sv', 'template', 'listtext', 'pntext', 'pgdsctbl', 'protusertbl', 'bkmkstart', 'bkmkend',
]);

/** Control words that write one character. */
export const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', emspace: ' ', enspace: ' ',
};
