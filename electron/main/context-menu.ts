// The right-click menu of the desktop app (Electron shows none of its own): in text the user can edit, the
// spellchecker's suggestions for a misspelled word and "Add to Dictionary", then Cut, Copy, Paste, Paste as
// Plain Text and Select All; over other selected text, Copy. A field chip keeps its own menu (the page
// cancels the event there, so this one does not open).
import { Menu } from 'electron';
import type { BrowserWindow, ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** What the menu's spelling items do, so the menu can be built (and tested) without a window. */
export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

type MenuParams = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>;

const MOST_SUGGESTIONS = 6;

function spellingItems(params: MenuParams, actions: SpellingActions): MenuItemConstructorOptions[] {
  const word = params.misspelledWord;
  if (!params.isEditable || !word) return [];
  const suggestions = params.dictionarySuggestions.slice(0, MOST_SUGGESTIONS);
  return [
    ...(suggestions.length > 0
      ? suggestions.map((suggestion) => ({
          label: suggestion,
          click: () => actions.replaceMisspelling(suggestion),
        }))
      : [{ label: 'No spelling suggestions', enabled: false }]),
    { label: 'Add to Dictionary', click: () => actions.addToDictionary(word) },
    { type: 'separator' },
  ];
}

export function contextMenuTemplate(
  params: MenuParams,
  actions: SpellingActions,
): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      ...spellingItems(params, actions),
      { label: 'Cut', role: 'cut', enabled: flags.canCut },
      { label: 'Copy', role: 'copy', enabled: flags.canCopy },
      { label: 'Paste', role: 'paste', enabled: flags.canPaste },
      // Chromium delivers it as a paste of text/plain only, which the editor inserts as plain text.
      { label: 'Paste as Plain Text', role: 'pasteAndMatchStyle', enabled: flags.canPaste },
      { type: 'separator' },
      { label: 'Select All', role: 'selectAll', enabled: flags.canSelectAll },
    ];
  }
  return params.selectionText.trim() !== '' ? [{ label: 'Copy', role: 'copy', enabled: flags.canCopy }] : [];
}

export function installContextMenu(win: BrowserWindow): void {
  const contents = win.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
}
