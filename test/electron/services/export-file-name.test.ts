import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../electron/services/export-service.js';

describe('the exported file name', () => {
  it('keeps an ordinary title as typed', () => {
    expect(safeFileName('Response to CID 2025-03')).toBe('Response to CID 2025-03.docx');
  });

  it('drops a right-to-left override typed in a title, so ".docx" is not shown reversed', () => {
    const name = safeFileName('Letter\u202Excod.exe');
    expect(name).toBe('Letter xcod.exe.docx');
    expect(name).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
  });

  it('replaces characters file systems refuse and falls back to "Draft"', () => {
    expect(safeFileName('a/b:c*?')).toBe('a b c.docx');
    expect(safeFileName('\u2067\u2069')).toBe('Draft.docx');
  });
});
