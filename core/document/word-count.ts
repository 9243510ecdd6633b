// The draft's word count, as Word's status bar shows it: words are what stands between spaces, in the text,
// the matter values as shown, exhibit references ("Exhibit B" is two) and footnotes. Counted per block and
// kept per block object, so a keystroke recounts only the paragraph it changed.
type AnyNode = { type?: string; text?: string; value?: string; label?: string; children?: unknown[] };

const counts = new WeakMap<object, number>();

function shown(node: AnyNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'field') return node.value === '' ? `[${node.label ?? ''}]` : (node.value ?? '');
  if (node.type === 'exhibit-ref') return `Exhibit ${node.label ?? ''}`;
  return '';
}

const wordsIn = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;

/** A paragraph's (or a note's) words; a note's words are apart from the sentence its marker sits in. */
function countNode(node: AnyNode): number {
  const cached = counts.get(node);
  if (cached !== undefined) return cached;
  const children = (node.children ?? []) as AnyNode[];
  let count = 0;
  if (children.some((child) => typeof child.text === 'string')) {
    let line = '';
    for (const child of children) {
      if (child.type === 'footnote') {
        count += countNode(child);
        line += ' ';
      } else line += shown(child);
    }
    count += wordsIn(line);
  } else {
    for (const child of children) count += countNode(child);
  }
  counts.set(node, count);
  return count;
}

export const countWords = (blocks: readonly unknown[]): number =>
  blocks.reduce<number>((total, block) => total + countNode(block as AnyNode), 0);
