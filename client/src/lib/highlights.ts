// The document reader's highlights: a document's text cut into pieces, each either plain text, a highlight (the
// union of quotes that overlap or touch, so that one passage is one highlight with one place in the tab order), or
// a page break (Document.pageStarts). Pure, so that the text is cut once per render whatever the number of quotes.

/** A span of the text with the keys of what it highlights (citation ids, proposal ids). */
export interface KeyedSpan {
  key: string;
  start: number;
  end: number;
}

/** One piece of a text, in reading order. */
export type TextPiece =
  | { type: 'text'; text: string }
  | { type: 'page'; page: number }
  | {
      type: 'highlight';
      /** The first key it covers: stable, a DOM id. */
      id: string;
      /** Every span it covers, in order of start. */
      keys: string[];
      /** Its text and page breaks (a quote may run over a page break). */
      parts: ({ type: 'text'; text: string } | { type: 'page'; page: number })[];
    };

/** Merges overlapping spans into highlights and cuts the text at them and at every page start (pages from 1). */
export function textPieces(text: string, spans: readonly KeyedSpan[], pageStarts: readonly number[] = []): TextPiece[] {
  const sorted = spans
    .filter((span) => span.start >= 0 && span.end > span.start && span.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: { start: number; end: number; keys: string[] }[] = [];
  for (const span of sorted) {
    const last = groups[groups.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.keys.push(span.key);
    } else {
      groups.push({ start: span.start, end: span.end, keys: [span.key] });
    }
  }
  const pages = pageStarts.length > 1 ? [...pageStarts].sort((a, b) => a - b) : [];
  let pageIndex = 0;
  const pieces: TextPiece[] = [];
  /** The text of [from, to) with the page breaks inside it (and at its start). */
  const cut = (from: number, to: number) => {
    const parts: ({ type: 'text'; text: string } | { type: 'page'; page: number })[] = [];
    let at = from;
    while (pageIndex < pages.length && (pages[pageIndex] as number) < to) {
      const page = pages[pageIndex] as number;
      if (page > at) parts.push({ type: 'text', text: text.slice(at, page) });
      at = Math.max(at, page);
      parts.push({ type: 'page', page: pageIndex + 1 });
      pageIndex++;
    }
    if (to > at) parts.push({ type: 'text', text: text.slice(at, to) });
    return parts;
  };
  let at = 0;
  for (const group of groups) {
    pieces.push(...cut(at, group.start));
    pieces.push({
      type: 'highlight',
      id: group.keys[0] as string,
      keys: group.keys,
      parts: cut(group.start, group.end),
    });
    at = group.end;
  }
  pieces.push(...cut(at, text.length));
  return pieces;
}
