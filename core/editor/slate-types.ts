// Tells Slate that its elements and texts are the document model's nodes, so the editor edits the very JSON
// that templates produce and the exporter reads (no second model). The editor type is declared by the
// renderer, which adds React and history.
import type { ElementNode, FormattedText } from '../document/model';

declare module 'slate' {
  interface CustomTypes {
    Element: ElementNode;
    Text: FormattedText;
  }
}

export {};
