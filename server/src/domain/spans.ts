import { foldWhitespace } from './names.js';

// Where a quote stands in a document's text. Quotes are stored and checked with runs of white space folded to one
// space (domain/edits.ts quoteOffset), so a quote's place in the folded text is mapped back to the text as written:
// the reader highlights `text.slice(start, end)`, line breaks and tabs included.

/** A span of a document's text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A text with its white space folded, and where each folded character stands in the text as written. */
export interface FoldedText {
  folded: string;
  /** `positions[i]` is the offset in the written text of `folded[i]`. */
  positions: Int32Array;
}

/** Folds a text's white space as foldWhitespace does (runs → one space, trimmed), keeping each character's place. */
export function foldedText(text: string): FoldedText {
  const positions = new Int32Array(text.length);
  let folded = '';
  let length = 0;
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (/\s/.test(char)) {
      if (length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      folded += ' ';
      positions[length++] = pendingSpace;
      pendingSpace = -1;
    }
    folded += char;
    positions[length++] = i;
  }
  return { folded, positions: positions.slice(0, length) };
}

/**
 * The span of a quote in the written text, or null when it does not occur. `offset` is where the quote was found
 * in the folded text when it was stored (Citation.offset): used when the quote is still there, else the first
 * occurrence is taken.
 */
export function quoteSpan(text: FoldedText, quote: string, offset: number | null = null): TextSpan | null {
  const wanted = foldWhitespace(quote);
  if (wanted === '') return null;
  const at =
    offset !== null && offset >= 0 && text.folded.startsWith(wanted, offset) ? offset : text.folded.indexOf(wanted);
  if (at < 0) return null;
  return { start: text.positions[at] as number, end: (text.positions[at + wanted.length - 1] as number) + 1 };
}
