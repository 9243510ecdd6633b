// `counsel-desk compare`: two Word documents from outside the matter (the letter as sent, the markup the AG
// returned) read by the DOCX importer and written as a redline with tracked changes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ContentBlock } from '../../../core/document/model';
import { buildDocx } from '../../../core/docx/build-docx';
import { packDocx } from '../../../electron/services/docx-file';
import { ensureCliBuilt, runCli, tempDir } from './cli-harness';

const work = tempDir();
const env = { COUNSEL_DESK_AUTHOR: 'Jane Doe', XDG_CONFIG_HOME: work };

async function letter(name: string, paragraphs: string[]): Promise<string> {
  const children: ContentBlock[] = [
    { type: 'heading', level: 1, children: [{ text: 'Response to Request 1' }] },
    ...paragraphs.map((text): ContentBlock => ({ type: 'paragraph', children: [{ text }] })),
  ];
  const file = path.join(work, name);
  const model = {
    title: 'Response',
    subject: '',
    author: '',
    continuation: { addressee: '', date: '' },
    children,
  };
  writeFileSync(file, await packDocx(buildDocx(model)));
  return file;
}

beforeAll(() => ensureCliBuilt());

describe('counsel-desk compare', () => {
  test('writes the changes between two Word documents as tracked changes', async () => {
    const sent = await letter('sent.docx', [
      'The City produced 12 pages on March 12, 2025.',
      'The City withholds the memorandum.',
    ]);
    const returned = await letter('returned.docx', ['The City produced 14 pages on March 12, 2025.']);
    const out = path.join(work, 'redline.docx');
    const run = runCli(['compare', sent, returned, '--out', out], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Wrote ${out}: Redline of sent.docx against returned.docx: 1 word inserted, 7 deleted.\n`,
    );
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    expect(xml).toMatch(/<w:del [^>]*w:author="Jane Doe"[^>]*>.*?<w:delText[^>]*>12<\/w:delText>/s);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Jane Doe"[^>]*>.*?<w:t[^>]*>14<\/w:t>/s);
    expect(xml).toMatch(/<w:delText[^>]*>The City withholds the memorandum\.<\/w:delText>/);
    expect(xml).toContain('Response to Request 1');
  });

  test('names a file that is missing or not a Word document', () => {
    const missing = runCli(
      [
        'compare',
        path.join(work, 'none.docx'),
        path.join(work, 'none.docx'),
        '--out',
        path.join(work, 'x.docx'),
      ],
      env,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no file');
    expect(runCli(['compare', 'a.pdf', 'b.docx', '--out', 'c.docx'], env).code).toBe(2);
  });
});
