import { describe, expect, it } from 'vitest';
import { cleanTitle, titleFromFileName } from '../../../core/library/document-title';

describe('source titles', () => {
  it.each([
    ['  Immigration   Enforcement ', 'Immigration Enforcement'],
    ['Microsoft Word - GO 301 Immigration.docx', 'GO 301 Immigration'],
    ['Untitled', ''],
    ['Document1', ''],
    ['---', ''],
    // Chromium's print to PDF writes the page's address when the page has no title.
    ['about:blank', ''],
    ['file:///tmp/print-3f2a.html', ''],
    ['About Blanket Orders', 'About Blanket Orders'],
    [undefined, ''],
  ])('the declared title %j is %j', (declared, expected) => {
    expect(cleanTitle(declared)).toBe(expected);
  });

  it.each([
    ['GO_301.00 Immigration Enforcement.pdf', 'GO 301.00 Immigration Enforcement'],
    ['/home/cao/policies/use-of-force.docx', 'use-of-force'],
    ['C:\\Policies\\Detainers.txt', 'Detainers'],
    ['README', 'README'],
  ])('the file %s is titled %s', (fileName, expected) => {
    expect(titleFromFileName(fileName)).toBe(expected);
  });
});
