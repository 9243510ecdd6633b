import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindDraftNow } from '../../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../../core/template/template-set';
import { readTemplateSources } from '../../../electron/services/template-files';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { damagedDrafts, parseMatterFileText } from '../../../core/matter-file/parse-matter-file';

// Saved by Counsel Desk 0.1 (file version 1) through its own Save: two drafts, an exhibit, an excerpt, a
// produced and a withheld record typed into the matter, and an edit of the attorney's in the response.
const saved = readFileSync(path.join(__dirname, 'fixtures', 'saved-by-v1.cdesk'), 'utf8');

describe('opening a file saved by version 1', () => {
  const file = parseMatterFileText(saved, 'saved-by-v1.cdesk');

  it('moves it to the current version with every draft readable', () => {
    expect(file.fileVersion).toBe(MATTER_FILE_VERSION);
    expect(file.matter.schemaVersion).toBe(2);
    expect(damagedDrafts(file)).toEqual([]);
    expect(file.drafts.map((d) => d.templateId)).toEqual(['acknowledgment', 'substantive-response']);
  });

  it('keeps the attorney edit and the reference to Exhibit A in the response', () => {
    const response = file.drafts[1]!;
    expect(blocksToPlainText(response.body)).toContain(
      'The City has cooperated fully and will continue to do so; see A.',
    );
    expect(response.base).toBeNull();
  });

  it('gives each draft the letter date and delivery line the matter used to hold', () => {
    for (const draft of file.drafts) {
      expect(draft.letter.date).toBe('2025-03-20');
      expect(draft.letter.deliveryLine).toBe('Via Email');
    }
  });

  it('makes one records list of the exhibits, the produced list and the withheld list', () => {
    expect(file.records.map((r) => [r.id, r.status, r.exhibit, r.requestNumbers])).toEqual([
      ['exh-1', 'produced', true, ['1']],
      ['migrated-produced-1', 'produced', false, ['2']],
      ['migrated-withheld-1', 'withheld', false, ['3']],
    ]);
    const withheld = file.records[2]!;
    expect(withheld).toMatchObject({
      controlNumber: 'W-1',
      basis: "Tex. Gov't Code § 552.107(1)",
      subject: 'Legal advice on SB 4 compliance',
    });
    expect(file.records[1]!.pages).toBe(3);
  });

  it('encloses the exhibit only with the letters that carried exhibits', () => {
    expect(file.drafts[0]!.letter.exhibitIds).toEqual([]);
    expect(file.drafts[1]!.letter.exhibitIds).toEqual(['exh-1']);
  });

  it('marks a damaged draft by name and still opens the others, changing nothing', () => {
    const json = JSON.parse(saved) as { drafts: { document: { children: unknown[] } }[] };
    json.drafts[0]!.document.children[2] = { type: 'parapraph', children: [{ text: 'Broken' }] };
    const opened = parseMatterFileText(JSON.stringify(json), 'dallas.cdesk');
    const damaged = damagedDrafts(opened);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]!.problem).toMatch(
      /^The draft "Acknowledgment of receipt.*" in dallas\.cdesk is damaged and cannot be opened: paragraph 3 .*"parapraph"/,
    );
    expect(opened.drafts[1]!.damaged).toBeUndefined();
    // Kept exactly as stored, so a save does not destroy it.
    expect(opened.drafts[0]!.body[2]).toEqual({ type: 'parapraph', children: [{ text: 'Broken' }] });
  });

  it('points old chips at where their values now live, and binds to the matter with nothing overwritten', async () => {
    const response = file.drafts[1]!;
    const paths = JSON.stringify(response.body).match(/"path":"[^"]+"/g) ?? [];
    expect(paths).not.toContain('"path":"response.letterDate"');
    expect(paths.some((p) => p.startsWith('"path":"records.withheld.0.'))).toBe(true);
    const sources = await readTemplateSources(path.join(__dirname, '../../../templates'));
    const set = buildTemplateSet(sources.templates, sources.partials);
    const bound = bindDraftNow(file, response, set);
    const text = blocksToPlainText(bound.document.children);
    expect(text).toContain('March 20, 2025');
    expect(text).toContain('Legal advice on SB 4 compliance');
    expect(text).toContain('The City has cooperated fully and will continue to do so; see A.');
    expect(bound.pendingUpdates).toBe(0);
    expect(bound.earlierVersionDifferences).toBeGreaterThan(0);
    expect(bound.problems.map((p) => p.kind)).toContain('earlier-version');
    expect(bound.document.continuation.date).toBe('March 20, 2025');
  });
});
