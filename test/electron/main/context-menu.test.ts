import { describe, expect, it, vi } from 'vitest';
import type { ContextMenuParams } from 'electron';
import { contextMenuTemplate } from '../../../electron/main/context-menu';

vi.mock('electron', () => import('../../support/fake-electron'));

const flags = {
  canCut: true,
  canCopy: true,
  canPaste: true,
  canSelectAll: true,
} as ContextMenuParams['editFlags'];
const params = (over: Partial<ContextMenuParams>) =>
  ({
    isEditable: true,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: flags,
    ...over,
  }) as ContextMenuParams;

const labels = (template: ReturnType<typeof contextMenuTemplate>) =>
  template.map((item) =>
    item.type === 'separator' ? '—' : `${item.label}${item.enabled === false ? ' (off)' : ''}`,
  );

describe('the right-click menu of the desktop app', () => {
  it('offers the spellchecker’s suggestions and Add to Dictionary for a misspelled word, then editing', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const template = contextMenuTemplate(
      params({ misspelledWord: 'detainr', dictionarySuggestions: ['detainer', 'detainers'] }),
      actions,
    );
    expect(labels(template)).toEqual([
      'detainer',
      'detainers',
      'Add to Dictionary',
      '—',
      'Cut',
      'Copy',
      'Paste',
      'Paste as Plain Text',
      '—',
      'Select All',
    ]);
    (template[0]!.click as () => void)();
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('detainer');
    (template[2]!.click as () => void)();
    expect(actions.addToDictionary).toHaveBeenCalledWith('detainr');
    expect(template.find((item) => item.label === 'Paste as Plain Text')?.role).toBe('pasteAndMatchStyle');
  });

  it('says when there is no suggestion, follows what can be done, and offers Copy over other text', () => {
    const none = contextMenuTemplate(
      params({ misspelledWord: 'Paxtonian', editFlags: { ...flags, canCut: false, canCopy: false } }),
      { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() },
    );
    expect(labels(none).slice(0, 6)).toEqual([
      'No spelling suggestions (off)',
      'Add to Dictionary',
      '—',
      'Cut (off)',
      'Copy (off)',
      'Paste',
    ]);
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    expect(
      labels(contextMenuTemplate(params({ isEditable: false, selectionText: 'Exhibit B' }), actions)),
    ).toEqual(['Copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), actions)).toEqual([]);
  });
});
