// XML 1.0 admits only these characters; SWF cases carry the others on purpose, so they are shown as JSON escapes.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const legal = (s: string) => s.replace(FORBIDDEN, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);

/** Text for an XML element: forbidden characters as escapes, markup escaped, \r kept (a parser would fold \r\n). */
export const xmlText = (s: string) =>
  legal(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** Text for a double-quoted XML attribute: also tabs and newlines, which attribute-value normalization would turn into spaces. */
export const xmlAttr = (s: string) => xmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
