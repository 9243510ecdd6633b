import { describe, expect, it } from 'vitest';
import { matterFileSchema } from '../../../core/matter-file/matter-file';

describe('matter files with exhibits', () => {
  it('opens a file written before exhibits existed, with empty exhibits and default settings', () => {
    const parsed = matterFileSchema.safeParse({
      format: 'counsel-desk-matter',
      fileVersion: 1,
      matter: minimalMatter(),
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.exhibits).toEqual([]);
    expect(parsed.data?.excerpts).toEqual([]);
    expect(parsed.data?.exhibitSettings).toEqual({
      labelStyle: 'letters',
      bates: { enabled: false, prefix: 'CITY-AG-', start: 1, digits: 6 },
    });
    expect(parsed.data?.matter.inquiry.requests[0]).toMatchObject({ exhibitIds: [], sourceIds: [] });
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
