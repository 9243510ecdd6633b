// Keeps typing fast in long drafts. Before every commit, React saves the selection of a focused
// contenteditable by walking the DOM from the editor's start to the caret, counting characters: O(document)
// per keystroke (30+ ms at the end of a 300-page draft). Slate restores the selection itself after each
// render, so React's copy is not needed. React recognises the element by its `contentEditable` property,
// so the editor root reports "inherit" to scripts; the attribute, and editing, stay as they are.
const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');

export function skipReactSelectionScan(root: HTMLElement): () => void {
  if (!native?.get || !native.set) return () => undefined;
  const { get, set } = native;
  Object.defineProperty(root, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = get.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(this: HTMLElement, value: string) {
      set.call(this, value);
    },
  });
  return () => {
    delete (root as { contentEditable?: string }).contentEditable;
  };
}
