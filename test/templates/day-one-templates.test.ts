// The documents an office sends on the day the inquiry arrives, read as their recipients read them: the
// departments' litigation hold, a third party's Public Information Act ruling request, the privileged
// briefing of the Council, and the letter telling the named officials whom the City Attorney represents.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../core/document/plain-text';
import type { LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { renderDocument } from '../../core/pipeline/render-draft';
import { buildTemplateSet, type TemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';
import { exampleFile, exampleLetter } from './example-matter-file';
import { filledFile, filledLetter } from './filled-matter-file';

const root = path.resolve(import.meta.dirname, '../..');
let set: TemplateSet;

beforeAll(async () => {
  const sources = await readTemplateSources(path.join(root, 'templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
});

const text = (id: string, file: MatterFile = filledFile(), letter: Partial<LetterFacts> = filledLetter()) =>
  blocksToPlainText(renderDocument(set, id, file, letter).children).replace(/\u00A0/g, ' ');

describe('the litigation hold notice', () => {
  it('is an internal memorandum to the departments, not a letter to the Attorney General', () => {
    const hold = text('litigation-hold');
    expect(hold).toContain('Litigation Hold Notice');
    expect(hold).toContain(
      'To: Michael T. Igo, Interim Chief of Police; Kimberly Bizor Tolbert, City Manager; Pat Doe, Chief Information Officer',
    );
    expect(hold).not.toContain('P.O. Box 12548');
    expect(hold).not.toMatch(/^Dear /m);
    expect(set.templates.get('litigation-hold')!.encloses).toBe('none');
  });

  it('says what to keep, from when, in what forms, and that routine deletion stops', () => {
    const hold = text('litigation-hold');
    expect(hold).toContain('Keep records dated on or after January 1, 2017');
    expect(hold).toContain('on personal phones used for City business');
    expect(hold).toContain(
      "body-worn and in-car camera video of every contact in which an officer asked about a person's immigration status",
    );
    expect(hold).toContain('chat and instant messages');
    expect(hold).toContain('overrides any records retention schedule, automatic deletion setting');
    expect(hold).toContain('suspend automatic deletion for the email, chat, file and phone accounts');
    expect(hold).toContain('suspend the scheduled deletion of the camera video');
    expect(hold).toContain('Request No. 3: All communications');
    expect(hold).toContain("return it to the City Attorney's Office by March 14, 2025");
  });

  it('ends with an acknowledgment on a page of its own', () => {
    const blocks = renderDocument(set, 'litigation-hold', filledFile(), filledLetter()).children;
    const breakAt = blocks.findIndex((b) => b.type === 'page-break');
    expect(breakAt).toBeGreaterThan(0);
    expect(blocksToPlainText(blocks.slice(breakAt))).toContain('ACKNOWLEDGMENT OF LITIGATION HOLD');
  });

  it('the Dallas example addresses the Police, the City Manager, the Council and IT', () => {
    const hold = text('litigation-hold', exampleFile(), exampleLetter());
    expect(hold).toContain('Michael T. Igo, Interim Chief of Police');
    expect(hold).toContain('The Honorable Mayor and Members of the City Council');
    expect(hold).toContain('information technology department');
  });
});

describe("a third party's Public Information Act request", () => {
  it('asks the Open Records Division for a decision on the request the requestor made', () => {
    const pia = text('pia-third-party-ruling-request');
    expect(pia).toContain('Open Records Division');
    expect(pia).toContain('Request of March 14, 2025, from Alex Reporter, The Dallas Ledger');
    expect(pia).toContain('All records the City sent to the Attorney General');
    expect(pia).toContain('asks for a decision under § 552.301');
  });

  it('is addressed to the Open Records Division and dated by its own letter', () => {
    const doc = renderDocument(set, 'pia-third-party-ruling-request', filledFile(), { date: '2025-03-28' });
    const address = doc.children.find((b) => b.type === 'address-block');
    expect(blocksToPlainText([address!])).toMatch(
      /^Open Records Division\nOffice of the Attorney General of Texas/,
    );
    expect(doc.continuation.date).toBe('March 28, 2025');
    expect(blocksToPlainText(doc.children)).toContain('To the Open Records Division:');
  });

  it("raises each withheld record's PIA exception by section, never its privilege label", () => {
    const pia = text('pia-third-party-ruling-request');
    expect(pia).toContain(
      "DPD-LOG-001 (portions), Scheduling of detainer transfers: Tex. Gov't Code § 552.108(a)(1)",
    );
    expect(pia).toContain("Tex. Gov't Code §§ 552.107(1), 552.111");
    expect(pia).not.toContain('(attorney-client privilege)');
  });

  it('counts 10 and 15 business days from receipt and is itself the notice to the requestor', () => {
    const pia = text('pia-third-party-ruling-request');
    // Received Monday, March 17, 2025: the 10th business day is March 31 and the 15th is April 7.
    expect(pia).toContain('the tenth business day is March 31, 2025');
    expect(pia).toContain('No later than April 7, 2025, the fifteenth business day');
    expect(pia).toContain('By a copy of this letter, the City notifies Alex Reporter under § 552.301(d)');
    expect(pia).toContain('§ 552.301(e-1)');
    expect(pia).toMatch(
      /cc:\nAlex Reporter, The Dallas Ledger \(requestor\), with enclosure\n100 Main Street/,
    );
  });
});

describe('the privileged briefing memo', () => {
  it('is marked privileged and proposes a closed session under § 551.071', () => {
    const memo = text('privileged-briefing-memo');
    expect(memo).toContain('PRIVILEGED AND CONFIDENTIAL: ATTORNEY-CLIENT COMMUNICATION');
    expect(memo).toContain('To: The Honorable Mayor and Members of the City Council; the City Manager');
    expect(memo).toContain('closed session at its meeting of April 9, 2025');
    expect(memo).toContain(
      "Closed session under Texas Government Code § 551.071: consultation with the City Attorney about the Attorney General's inquiry",
    );
    expect(memo).toContain('no vote or other action should be taken in it');
  });

  it('states the exposure only as the sources confirm it, and the state of the response', () => {
    const memo = text('privileged-briefing-memo');
    expect(memo).toContain('890 F.3d 164 (5th Cir. 2018)');
    expect(memo).toContain('§ 752.0565');
    expect(memo).not.toMatch(/\$\s?\d/);
    expect(memo).toContain('4 records are listed for production and 2 records are withheld');
    expect(memo).toContain('Authorize the City Attorney to respond');
  });
});

describe('the representation letter to the named officials', () => {
  it('is addressed to each official and says the office represents the City under Rule 1.12', () => {
    const letter = text('official-representation-letter');
    expect(letter).toMatch(/Kimberly Bizor Tolbert\nCity Manager\nCity of Dallas/);
    expect(letter).toMatch(/Michael T. Igo\nInterim Chief of Police\nCity of Dallas/);
    expect(letter).toContain('Dear Kimberly Bizor Tolbert and Michael T. Igo:');
    expect(letter).toContain('Rule 1.12 of the Texas Disciplinary Rules of Professional Conduct');
    expect(letter).toContain('in your official capacity only');
    expect(letter).toContain('We do not represent you in your individual, personal capacity.');
    expect(letter).toContain('The privilege, however, belongs to the City, not to you');
    expect(letter).not.toContain('Your letter of');
  });

  it('states § 752.0565 as confirmed, and leaves the official and separate counsel to the attorney', () => {
    const letter = text('official-representation-letter');
    expect(letter).toContain('forfeits the office');
    expect(letter).toContain('The Attorney General has not, so far, named any official personally.');
    expect(letter).toContain('The City will consider a request to pay for separate counsel.');
    const example = text('official-representation-letter', exampleFile(), exampleLetter());
    expect(example).toContain("[Officials' personal exposure]");
    expect(example).toContain('[Separate counsel]');
  });
});
