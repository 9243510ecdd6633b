// Parses rendered template markup (CommonMark + GFM + directives) into an mdast tree. The processor is built
// once: constructing it per call costs more than parsing a short letter.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

export const parseMarkup = (markup: string): Root => processor.parse(markup);
