// The stories of one RTF document: the body, the footnotes, and the page headers and footers of
// its first section (\header, \headerf, \footerr …), each a story of its own (story.ts).

import { createStory, type Story } from './story.js';

/** Every story's lines, ended but not yet cleaned. */
export interface StoryLines {
  readonly body: string[];
  readonly notes: string[];
  /** Page headers and footers of the first section, by destination (header, headerf, footerr …). */
  readonly pageParts: ReadonlyMap<string, string[]>;
  /** \titlepg in the first section: its first page takes \headerf and \footerf. */
  readonly titlePage: boolean;
}

export interface Stories {
  readonly body: Story;
  readonly notes: Story;
  /** The story a group writes into: the footnotes, its page part, else the body. */
  of(group: { readonly notes: boolean; readonly story: Story | null }): Story;
  /** A page part's destination opens: its story, or null when it is not read (a later section's, or a second of its kind). */
  openPagePart(word: string): Story | null;
  /** \sect in the body: page parts given after it are other pages'. */
  endSection(): void;
  /** \titlepg: in the first section, its first page takes \headerf and \footerf. */
  setTitlePage(): void;
  finish(): StoryLines;
}

export function createStories(): Stories {
  const body = createStory();
  const notes = createStory();
  const pageParts = new Map<string, Story>();
  let titlePage = false;
  let sections = 0;
  return {
    body,
    notes,
    of: (group) => (group.notes ? notes : (group.story ?? body)),
    openPagePart: (word) => {
      if (sections > 0 || pageParts.has(word)) return null;
      const story = createStory();
      pageParts.set(word, story);
      return story;
    },
    endSection: () => {
      sections++;
    },
    setTitlePage: () => {
      if (sections === 0) titlePage = true;
    },
    finish: () => ({
      body: body.finish(),
      notes: notes.finish(),
      pageParts: new Map([...pageParts].map(([word, story]) => [word, story.finish()])),
      titlePage,
    }),
  };
}
