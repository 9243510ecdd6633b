import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Channel, type ParsedRequestOf } from '../../../core/api/contract';
import { createLibraryHandlers } from '../../../electron/handlers/library-handlers';
import { LibraryService } from '../../../electron/services/library/library-service';
import { tempDir, writeFixtures } from '../../support/library-fixtures';

const ctx = { mode: 'web' as const, shell: null };
let fixtures: Awaited<ReturnType<typeof writeFixtures>>;
const library = new LibraryService(tempDir());
const handlers = createLibraryHandlers(library);
const parse = <C extends Channel>(c: C, request: unknown) =>
  contract[c].request.parse(request) as ParsedRequestOf<C>;

beforeAll(async () => {
  fixtures = await writeFixtures();
});
afterAll(() => library.shutdown());

describe('library handlers', () => {
  it('imports by path and by upload, searches, shows, corrects and removes a source', async () => {
    const [byPath] = await handlers['library:import'](
      parse('library:import', { paths: [fixtures.pdf] }),
      ctx,
    );
    const upload = { name: 'use-of-force.docx', base64: readFileSync(fixtures.docx).toString('base64') };
    const [byUpload] = await handlers['library:import'](parse('library:import', { files: [upload] }), ctx);
    expect(byPath?.status).toBe('imported');
    expect(byUpload).toMatchObject({ status: 'imported', fileName: 'use-of-force.docx' });

    const hits = await handlers['library:search'](parse('library:search', { query: 'detainer' }), ctx);
    expect(hits[0]).toMatchObject({ title: 'Immigration Enforcement', page: 2 });

    const id = hits[0]!.sourceId;
    const source = await handlers['library:source']({ id }, ctx);
    expect(source.pages).toHaveLength(2);
    const updated = await handlers['library:update'](parse('library:update', { id, title: 'GO 301' }), ctx);
    expect(updated.title).toBe('GO 301');
    expect((await handlers['library:list']({}, ctx)).map((s) => s.title)).toContain('GO 301');

    const excerpt = {
      id: 'x1',
      sourceId: id,
      sourceSha256: source.sha256,
      sourceTitle: 'GO 301',
      pageStart: 2,
      pageEnd: 2,
      text: 'Officers shall forward every immigration detainer request to the Legal Unit.',
    };
    const checked = await handlers['excerpt:check'](parse('excerpt:check', { excerpts: [excerpt] }), ctx);
    expect(checked[0]?.status).toBe('ok');

    expect(await handlers['library:remove']({ id }, ctx)).toEqual({ removed: true });
    const after = await handlers['excerpt:check'](parse('excerpt:check', { excerpts: [excerpt] }), ctx);
    expect(after[0]?.status).toBe('missing');
    await expect(handlers['library:source']({ id }, ctx)).rejects.toThrow(/No source with id/);
  });

  it('refuses an import request without files', () => {
    expect(contract['library:import'].request.safeParse({}).success).toBe(false);
  });
});
