import { describe, expect, it } from 'vitest';
import { extractMarkdown, extractPlainText } from '../../../../electron/services/library/import-text';

const POLICY = 'Détainer requests — “Legal Unit” review\r\n\r\n3.2 Reporting\r\n\r\nForward every request.';
const EXPECTED = 'Détainer requests — “Legal Unit” review\n\n3.2 Reporting\n\nForward every request.';

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('text file encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(POLICY, 'utf8')],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(POLICY)])],
    ['UTF-16 LE with a byte order mark (Notepad "Unicode")', Buffer.from(`\ufeff${POLICY}`, 'utf16le')],
    ['UTF-16 BE with a byte order mark ("Unicode big endian")', utf16be(`\ufeff${POLICY}`)],
    ['UTF-16 LE without a byte order mark', Buffer.from(POLICY, 'utf16le')],
  ])('reads %s', (_name, bytes) => {
    const doc = extractPlainText(bytes);
    expect(doc.text).toBe(EXPECTED);
    expect(doc.sections.map((s) => s.title)).toEqual(['3.2 Reporting']);
  });

  it('reads Windows-1252 text (curly quotes, dashes, accents) instead of replacement characters', () => {
    const bytes = Buffer.from([
      0x93,
      ...Buffer.from('Legal Unit'),
      0x94,
      0x20,
      0x97,
      0x20,
      ...Buffer.from('caf'),
      0xe9,
      0x20,
      0x80,
      0x35,
    ]);
    expect(extractPlainText(bytes).text).toBe('“Legal Unit” — café €5');
  });

  it('reads a UTF-16 Markdown file with its headings', () => {
    const doc = extractMarkdown(
      Buffer.from('\ufeff# Training Bulletin 2024-05\n\n## 1.1 Scope\n\nAll attend.\n', 'utf16le'),
    );
    expect(doc.title).toBe('Training Bulletin 2024-05');
    expect(doc.sections.map((s) => s.title)).toEqual(['Training Bulletin 2024-05', '1.1 Scope']);
  });
});

describe('text file titles', () => {
  it('takes a Markdown title from its front matter, else an opening first-level heading, never a numbered one', () => {
    const md = (text: string) => extractMarkdown(Buffer.from(text)).title;
    expect(md('---\ntitle: Detainer Procedures\n---\n# 1. Purpose\n\nText.\n')).toBe('Detainer Procedures');
    expect(md('# Detainer Procedures\n\nText.\n')).toBe('Detainer Procedures');
    expect(md('# 1. Purpose\n\nText.\n')).toBe('');
    expect(md('Intro.\n\n# Detainer Procedures\n')).toBe('');
  });

  it('leaves a plain text file untitled (the file name names it), not named after its first line', () => {
    expect(extractPlainText(Buffer.from('DALLAS POLICE DEPARTMENT\n\nGeneral Order 301.00')).title).toBe('');
  });
});
