// The request part every letter channel carries (export DOCX and PDF, render, bind): the matter and its
// records, without the other drafts. Apart from ./contract so channel files spread into it can use it too.
import { matterFileSchema } from '../matter-file/matter-file';

/** What a letter is rendered and bound from: the matter and its records, without the other drafts. */
export const matterPartsSchema = matterFileSchema
  .pick({
    matter: true,
    records: true,
    excerpts: true,
    exhibitSettings: true,
    letterDefaults: true,
    productionRedactions: true,
    productions: true,
  })
  // Optional, as in MatterParts: a caller with no redactions across the matter or no productions sends none.
  .partial({ productionRedactions: true, productions: true });
