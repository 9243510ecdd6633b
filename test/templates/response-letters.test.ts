// What a careful reader of the City's letters to the Attorney General would check: whom the City answers
// for, the law stated, the statements and the reading of the requests answered, what a production is, the
// Public Information Act notice, and a reservation of rights that asks rather than challenges.
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

let set: TemplateSet;

beforeAll(async () => {
  const sources = await readTemplateSources(path.resolve(import.meta.dirname, '../../templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
});

const textOf = (id: string, file: MatterFile = filledFile(), letter: Partial<LetterFacts> = filledLetter()) =>
  blocksToPlainText(renderDocument(set, id, file, letter).children);

const LETTERS = ['acknowledgment', 'substantive-response', 'production-cover-letter', 'extension-request'];

describe('whom the City answers for', () => {
  it.each(LETTERS)(
    '%s names the City, its department, and the officials in their official capacities',
    (id) => {
      expect(textOf(id)).toContain(
        'This office represents the City of Dallas, including the Dallas Police Department. The City responds for ' +
          'itself and for City Manager Kimberly Bizor Tolbert and Interim Chief of Police Michael T. Igo in their ' +
          'official capacities.',
      );
    },
  );

  it('speaks of one official in that official capacity', () => {
    const file = filledFile();
    file.matter.respondent.officials = [{ name: 'Michael T. Igo', title: 'Interim Chief of Police' }];
    expect(textOf('acknowledgment', file)).toContain(
      'for Interim Chief of Police Michael T. Igo in that official capacity.',
    );
  });
});

describe('wording', () => {
  it.each([...LETTERS, 'public-information-act-ruling-request'])(
    '%s sets off the year of a date in mid-sentence',
    (id) => {
      const text = textOf(id);
      expect(text).toMatch(/March 7, 2025, to/);
      expect(text).not.toMatch(/\b[A-Z][a-z]+ \d{1,2}, \d{4} (to|and|by|from|through)\b/);
    },
  );

  it('greets the requesting office as the salutation field says, else by name', () => {
    const file = filledFile();
    expect(textOf('extension-request', file)).toContain(`Dear ${file.matter.requestingOffice.contactName}:`);
    file.matter.requestingOffice.salutation = 'General Paxton';
    expect(textOf('extension-request', file)).toContain('Dear General Paxton:');
  });
});

describe('the substantive response', () => {
  it('states the law under § 752.053(a) and (b) unless counsel writes it, and answers the statements', () => {
    const file = filledFile();
    const text = textOf('substantive-response', file);
    expect(text).toContain(
      'inquiring into the immigration status of a person under a lawful detention or under arrest',
    );
    expect(text).toContain('assisting or cooperating with a federal immigration officer');
    expect(text).toContain('The Statements Your Letter Relies On');
    file.matter.response.applicableLaw = 'Our own paragraph on the law.';
    file.matter.response.statementsAnswer = '';
    const own = textOf('substantive-response', file);
    expect(own).toContain('Applicable Law\n\nOur own paragraph on the law.');
    expect(own).not.toContain('under a lawful detention');
    expect(own).not.toContain('The Statements Your Letter Relies On');
  });

  it('draws the facts from the department records and says how it read the requests', () => {
    const file = filledFile();
    const { scope } = file.matter.response;
    const text = textOf('substantive-response', file);
    expect(text).toContain('The following facts are drawn from the records of the Dallas Police Department.');
    expect(text).toContain(`1. Period. ${scope.period}`);
    expect(text).toContain(`2. Offices. ${scope.offices}`);
    expect(text).toContain(`3. Communications. ${scope.communications}`);
    expect(text).not.toMatch(/in consultation with the City Attorney/);
  });

  it('an objection says once that the City objects, and the answer says why', () => {
    const file = filledFile();
    Object.assign(file.matter.inquiry.requests[3]!, {
      status: 'objection',
      answer: 'It is overbroad as to time.',
    });
    const text = textOf('substantive-response', file);
    expect(text).toContain('Response: The City objects to this request. It is overbroad as to time.');
    expect(text).not.toContain('reasons stated below');
  });
});

describe('the production', () => {
  it.each(['production-cover-letter', 'substantive-response'])(
    '%s says whether it is complete, its records and pages in words under ten, medium and use',
    (id) => {
      const file = filledFile();
      file.matter.response.production.medium = 'on the enclosed USB drive';
      const text = textOf(id, file);
      expect(text).toContain(
        'With this production, the City has produced every responsive record it has located',
      );
      expect(text).toContain(
        'It consists of four records, 55 pages in all. The records are delivered on the enclosed USB drive.',
      );
      expect(text).toContain("for your office's use in this inquiry only");
      expect(text).toContain('If your office receives a request under the Public Information Act');
      file.matter.response.production.stage = 'first-of-several';
      file.records = file.records.filter((r) => r.id !== 'training');
      const first = textOf(id, file);
      expect(first).toContain("This is the City's first production of records in response to your letter.");
      expect(first).toContain('It consists of three records, nine pages in all.');
    },
  );
});

describe('the Public Information Act request', () => {
  it('is itself the notice to the requestor, and promises the requestor a copy of the comments', () => {
    const file = filledFile();
    const text = textOf('public-information-act-ruling-request', file);
    const requestor = file.matter.requestingOffice.contactName;
    expect(text).toContain(`The City is sending a copy of this letter to the requestor, ${requestor}.`);
    expect(text).toContain('written notice to the requestor under §\u00A0552.301(d)');
    expect(text).toContain('send the requestor a copy of those written comments');
    expect(text).not.toContain('has notified the requestor');
  });
});

describe('the reservation of rights', () => {
  it('reserves a voluntary production and asks for a clawback, without challenging the Attorney General', () => {
    const text = textOf('substantive-response', exampleFile(), exampleLetter());
    expect(text).toContain('voluntarily and in cooperation with your office');
    expect(text).toContain('return or destroy it');
    expect(text).toContain('Tex. R. Evid. 511(b); cf. Tex. R. Civ. P. 193.3(d)');
    expect(text).not.toMatch(/is inadvertent|concedes that any statute/);
  });
});
