import { MATTER_SCHEMA_VERSION, matterSchema } from './schema';
import type { Matter } from './schema';

/** A blank matter: every default filled in and one empty request numbered "1", ready for the form. */
export function newMatter(): Matter {
  return matterSchema.parse({
    schemaVersion: MATTER_SCHEMA_VERSION,
    requestingOffice: {},
    inquiry: { requests: [{ number: '1' }] },
    respondent: {},
    counsel: {},
    signatory: {},
    response: { custodian: {} },
    options: {},
  });
}
