import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExampleHandlers } from '../../../electron/handlers/example-handlers';
import { webContext } from '../../support/desk-services-fixture';

const examplesDir = path.resolve(import.meta.dirname, '../../../examples');

describe('matter:open-example', () => {
  it('opens the shipped Dallas example as a new, unsaved matter with its notice', async () => {
    const opened = await createExampleHandlers(examplesDir)['matter:open-example']({}, webContext);
    expect(opened.path).toBe('');
    expect(opened.file.matter.respondent.city).toBe('City of Dallas');
    expect(opened.file.matter.exampleNotice).toMatch(/^EXAMPLE ONLY/);
    expect(opened.file.drafts).toEqual([]);
  });

  it('says what to do when the example is missing or damaged', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'desk-examples-'));
    const open = () => createExampleHandlers(empty)['matter:open-example']({}, webContext);
    await expect(open()).rejects.toThrow(/example matter is missing .*Reinstall Counsel Desk/);
    writeFileSync(path.join(empty, 'dallas-ag-inquiry.json'), '{ broken');
    await expect(open()).rejects.toThrow(/damaged .*start a new matter with New/);
  });
});
