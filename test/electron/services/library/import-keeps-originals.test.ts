// What the app imports is kept byte for byte, so a record made from it can be produced from its own pages.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LibraryService } from '../../../../electron/services/library/library-service';
import { OriginalsStore } from '../../../../electron/services/production/originals-store';
import { tempDir, writeFixtures } from '../../../support/library-fixtures';

const service = new LibraryService(tempDir());
afterAll(() => service.shutdown());

describe('importing into the library in the app', () => {
  it('keeps each imported document as it was, under its SHA-256, and nothing for a file that failed', async () => {
    const files = await writeFixtures();
    const outcomes = await service.importPaths([files.pdf, files.docx, files.markdown, files.truncatedPdf]);
    const store = new OriginalsStore(service.dir);
    for (const [file, outcome] of [
      [files.pdf, outcomes[0]],
      [files.docx, outcomes[1]],
      [files.markdown, outcomes[2]],
    ] as const) {
      expect(outcome?.status).toBe('imported');
      const kept = await store.find(outcome!.status === 'failed' ? '' : outcome!.source.sha256);
      expect(kept && Buffer.from(kept.bytes).equals(readFileSync(file))).toBe(true);
    }
    expect(outcomes[3]?.status).toBe('failed');
  });

  it('keeps files sent from browser mode too', async () => {
    const bytes = Buffer.from('# Directive 12\n\nDetainer requests go to the jail supervisor.\n');
    const [outcome] = await service.importUploads([
      { name: 'directive-12.md', base64: bytes.toString('base64') },
    ]);
    expect(outcome?.status).toBe('imported');
    const kept = await new OriginalsStore(service.dir).find(
      outcome!.status === 'failed' ? '' : outcome!.source.sha256,
    );
    expect(kept && Buffer.from(kept.bytes).equals(bytes)).toBe(true);
  });
});
