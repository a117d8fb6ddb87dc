// Where RTF text goes: a story is one flow of lines (the body, the footnotes, a page header).
// Paragraphs become lines; in a table, each cell's paragraphs are kept apart and a row becomes
// its cells' lines side by side joined by TAB, so a two-column header reads "left<TAB>right".

import { zipColumns } from '../docx/html-text.js';

export interface Story {
  /** Adds decoded text to the open line. */
  write(s: string): void;
  /** \par and its kin: the open line ends, into the open table cell when `inTable`. */
  endParagraph(inTable: boolean): void;
  /** The story's group closed: an open line holding words ends (a footnote's last paragraph has no \par). */
  endOpenLine(): void;
  /** Forgets the open line (a new footnote starts). */
  restartLine(): void;
  /** \cell: the open line ends the cell. */
  endCell(): void;
  /** \row: the cells' lines, side by side. */
  endRow(): void;
  /** Every line, the open ones ended. */
  finish(): string[];
}

export function createStory(): Story {
  const lines: string[] = [];
  let line = '';
  let cellLines: string[] = [];
  let row: string[][] = [];
  const endRow = (): void => {
    lines.push(...zipColumns(row));
    row = [];
    cellLines = [];
  };
  return {
    write: (s) => {
      line += s;
    },
    endParagraph: (inTable) => {
      if (inTable) cellLines.push(line);
      else {
        if (row.length > 0 || cellLines.length > 0) endRow();
        lines.push(line);
      }
      line = '';
    },
    endOpenLine: () => {
      if (line.trim() === '') return;
      lines.push(line);
      line = '';
    },
    restartLine: () => {
      line = '';
    },
    endCell: () => {
      cellLines.push(line);
      line = '';
      row.push(cellLines);
      cellLines = [];
    },
    endRow,
    finish: () => {
      if (row.length > 0 || cellLines.length > 0) endRow();
      if (line.trim() !== '') lines.push(line);
      line = '';
      return lines;
    },
  };
}
