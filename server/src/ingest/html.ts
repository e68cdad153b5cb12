import { type DefaultTreeAdapterMap, parse } from 'parse5';

// HTML to the stored text of a document, with a real HTML parser (parse5, the WHATWG parsing algorithm): block
// elements start a line, table cells are separated by a tab (as the participant tables of the seed's
// documents are: "Deltaker<tab>Rolle<tab>Til stede"), and scripts, styles and the head say nothing.

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SILENT = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
]);
const CELLS = new Set(['td', 'th']);
/** Blocks that end with a blank line, as paragraphs do (unless inside a table cell or a list item). */
const PARAGRAPHS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'pre',
  'blockquote',
  'table',
  'ul',
  'ol',
  'dl',
  'hr',
]);

const isElement = (node: Node): node is Element => 'tagName' in node;

/** The text of an HTML document or fragment, laid out in lines as a reader sees it. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    // Words are one space apart, cells one tab (as the tables of the seed's documents are).
    const tidy = line
      .replace(/\u00a0/g, ' ')
      .replace(/ *\t */g, '\t')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (tidy !== '') lines.push(tidy);
    line = '';
  };
  const blankLine = () => {
    breakLine();
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  /** `nested`: inside a table cell or a list item, where blocks run on in one line. */
  const walk = (node: Node, pre: boolean, nested: boolean) => {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      if (!pre) {
        line += value.replace(/\s+/g, ' ');
        return;
      }
      // Preformatted text keeps its own lines.
      value.split('\n').forEach((part, index) => {
        if (index > 0) breakLine();
        line += part;
      });
      return;
    }
    if (!('childNodes' in node)) return;
    const tag = isElement(node) ? node.tagName : '';
    if (SILENT.has(tag)) return;
    if (tag === 'br') {
      breakLine();
      return;
    }
    const cell = CELLS.has(tag);
    const block = BLOCKS.has(tag) && !nested;
    if (cell && line.trim() !== '') line += '\t';
    else if (block) breakLine();
    else if (BLOCKS.has(tag)) line += ' ';
    for (const child of node.childNodes) walk(child, pre || tag === 'pre', nested || cell || tag === 'li');
    if (block && PARAGRAPHS.has(tag)) blankLine();
    else if (block) breakLine();
  };
  walk(parse(html), false, false);
  breakLine();
  return lines.join('\n').trim();
}
