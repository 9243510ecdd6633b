// All of the editor's headless behaviour in one call; the renderer adds history and React around it.
import type { Editor } from 'slate';
import { withFields } from './with-fields';
import { withFootnotes } from './with-footnotes';
import { withLists } from './with-lists';
import { withPageBreak } from './with-page-break';
import { withStructure } from './with-structure';
import { withTables } from './with-tables';

export const withDeskSchema = <T extends Editor>(editor: T): T =>
  withFootnotes(withTables(withLists(withPageBreak(withFields(withStructure(editor))))));
