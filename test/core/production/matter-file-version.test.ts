// Matter files that keep redactions and productions are version 4: a version 3 file opens with none, and an
// earlier Counsel Desk (which would drop them on its next save) is told the file is newer.
import { describe, expect, it } from 'vitest';
import { MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../../core/matter-file/parse-matter-file';
import { DEFAULT_REDACTION_REASONS } from '../../../core/production/redaction';
import { recordSchema } from '../../../core/records/record';
import { matterFileTitled } from '../../support/matter-file-fixture';

describe('the matter file version that keeps productions', () => {
  it('is 4; a version 3 file opens with no productions or redactions and the usual reasons', () => {
    expect(MATTER_FILE_VERSION).toBe(4);
    const {
      productions: _p,
      redactionReasons: _r,
      productionRedactions: _x,
      ...v3
    } = matterFileTitled('old');
    const file = parseMatterFileText(JSON.stringify({ ...v3, fileVersion: 3 }), 'old.cdesk');
    expect(file).toMatchObject({ fileVersion: 4, productions: [], productionRedactions: [] });
    expect(file.redactionReasons).toEqual(DEFAULT_REDACTION_REASONS);
  });

  it('keeps a record’s redactions and produced numbers through saving and opening', () => {
    const file = matterFileTitled('kept');
    const produced = { volume: 'V1', first: 1, last: 2, prefix: 'A-', digits: 6 };
    const redaction = { id: 'r1', kind: 'phrase' as const, phrase: 'Maria Delgado', reason: 'TRE 503' };
    file.records = [recordSchema.parse({ id: 'a', printedPages: 2, produced, redactions: [redaction] })];
    const reopened = parseMatterFileText(JSON.stringify(file), 'kept.cdesk');
    expect(reopened.records[0]).toMatchObject({ printedPages: 2, produced, redactions: [redaction] });
  });
});
