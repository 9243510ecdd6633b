import { describe, expect, it } from 'vitest';
import { MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../../core/matter-file/parse-matter-file';

describe('matter files with exhibits', () => {
  it('opens a file written before exhibits existed, with no records and default settings', () => {
    const file = parseMatterFileText(
      JSON.stringify({ format: 'counsel-desk-matter', fileVersion: 1, matter: minimalMatter() }),
      'old.cdesk',
    );
    expect(file.fileVersion).toBe(MATTER_FILE_VERSION);
    expect(file.records).toEqual([]);
    expect(file.excerpts).toEqual([]);
    expect(file.exhibitSettings).toEqual({
      labelStyle: 'letters',
      bates: { enabled: false, prefix: 'CITY-AG-', start: 1, digits: 6 },
    });
    expect(file.matter.inquiry.requests.map((r) => [r.number, r.text])).toEqual([['1', 'All policies.']]);
  });
});

function minimalMatter() {
  return {
    schemaVersion: 1,
    requestingOffice: {},
    inquiry: { requests: [{ number: '1', text: 'All policies.' }] },
    respondent: {},
    counsel: {},
    signatory: {},
    response: { custodian: {} },
    options: {},
  };
}
