/** Text fit for one Markdown table cell or inline code span: a `|` escaped, line breaks (\n, \r or both) as one space. */
export const markdownCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
