// Markdown to its syntax tree through remark (CommonMark, GFM tables, YAML front matter). Its own module so that
// segments.ts loads it for the first Markdown report only: unified, micromark and their tables are a third of the
// CLI's code, and a plain-text check neither evaluates nor deserialises them.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

/** The nodes of remark's tree the segmentation reads. */
export interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// Front matter is read at the start of a text only: the chunks after the first are read without it.
const processors = { head: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']), body: unified().use(remarkParse).use(remarkGfm) };

/** remark's tree of a text: the first chunk of a report (`head`, front matter read) or a later one. */
export function markdownTree(text: string, head: boolean): MdNode {
  return (head ? processors.head : processors.body).parse(text) as MdNode;
}
