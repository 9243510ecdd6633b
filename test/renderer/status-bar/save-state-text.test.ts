import { describe, expect, it } from 'vitest';
import { saveStateText } from '../../../renderer/status-bar/save-state-text';
import type { SaveFacts } from '../../../renderer/status-bar/save-state-text';

const clock = (iso: string) => iso.slice(11, 16);
const facts = (patch: Partial<SaveFacts>): SaveFacts => ({
  dirty: false,
  path: '',
  savedAt: null,
  autosavedAt: null,
  ...patch,
});

describe('the status bar’s save state', () => {
  it.each<[string, Partial<SaveFacts>, string]>([
    ['a matter with no file', {}, 'Not saved yet'],
    ['the example, opened and not saved', { savedAt: null }, 'Not saved yet'],
    ['a file opened and not changed', { path: '/m/a.cdesk' }, 'No changes'],
    ['a file saved', { path: '/m/a.cdesk', savedAt: '2025-03-20T14:05:00Z' }, 'Saved 14:05'],
    ['changes not yet autosaved', { dirty: true }, 'Unsaved changes'],
    [
      'changes autosaved',
      { dirty: true, path: '/m/a.cdesk', autosavedAt: '2025-03-20T14:07:00Z' },
      'Unsaved changes · Autosaved 14:07',
    ],
  ])('%s', (_name, patch, text) => {
    expect(saveStateText(facts(patch), clock)).toBe(text);
  });
});
