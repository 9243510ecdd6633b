import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../core/api/contract';
import { allMatterPaths } from '../../../core/matter/matter-paths';
import { matterFields, matterSections, sectionOf } from '../../../renderer/matter-view/matter-sections';

const template = (id: string, fields: Partial<TemplateSummary['fields'][number]>[]): TemplateSummary => ({
  id,
  title: id,
  description: '',
  fields: fields.map((f) => ({
    path: '',
    label: '',
    type: 'text',
    required: false,
    help: '',
    group: '',
    ...f,
  })),
});

const ack = template('ack', [
  { path: 'requestingOffice.salutation', label: 'Salutation', required: true },
  { path: 'custom.councilMeetingDate', label: 'Council meeting' },
]);
const response = template('response', [
  { path: 'inquiry.requests[].status', label: 'Response status', type: 'choice', required: true },
  { path: 'requestingOffice.salutation', label: 'Greeting' },
]);

describe('the matter view sections', () => {
  it.each([
    ['title', 'inquiry'],
    ['requestingOffice.agency', 'inquiry'],
    ['inquiry.deadline', 'inquiry'],
    ['inquiry.requests', 'requests'],
    ['inquiry.requests[].status', 'requests'],
    ['response.custodian.name', 'response'],
    ['options.reservationOfRights', 'response'],
    ['respondent.officials[].name', 'counsel'],
    ['signatory.barNumber', 'counsel'],
    ['recipients[].email', 'recipients'],
    ['cc', 'recipients'],
    ['preservation.recipients[].name', 'other'],
    ['custom.councilMeetingDate', 'other'],
  ])('puts %s under %s', (path, section) => {
    expect(sectionOf(path)).toBe(section);
  });

  it('holds every fact a person types, none of the letter’s own or the derived records', () => {
    const paths = matterFields([], undefined).map((f) => f.path);
    const typed = [...allMatterPaths()]
      .filter(([p, kind]) => kind !== 'group' && kind !== 'record' && !p.endsWith('[]'))
      .map(([p]) => p)
      .filter((p) => !/^(schemaVersion|exampleNotice|custom|letter|records)(\.|\[|$)/.test(p));
    expect(paths).toEqual(typed);
    expect(paths).toContain('inquiry.requests[].status');
    expect(paths).toContain('briefing.meetingDate');
    expect(paths.some((p) => p.startsWith('letter.') || p.startsWith('records.'))).toBe(false);
  });

  it('names a field as the first template declaring it does, and marks what the current one requires', () => {
    const fields = matterFields([ack, response], response);
    const byPath = new Map(fields.map((f) => [f.path, f]));
    expect(byPath.get('requestingOffice.salutation')).toMatchObject({ label: 'Salutation', required: false });
    expect(byPath.get('inquiry.requests[].status')).toMatchObject({
      label: 'Response status',
      type: 'choice',
      required: true,
    });
    // Undeclared fields get the schema's plain-words label; a template's custom field is there too.
    expect(byPath.get('briefing.agendaItem')?.label).toBe('Closed-session agenda item');
    expect(byPath.get('custom.councilMeetingDate')).toMatchObject({
      label: 'Council meeting',
      group: 'other',
    });
  });

  it('lays the sections out in a fixed order, Records always among them', () => {
    const sections = matterSections(matterFields([ack, response], ack));
    expect(sections.map((s) => s.title)).toEqual([
      'Inquiry',
      'Requests and their status',
      'Records',
      'Response',
      'City and counsel',
      'Recipients',
      'Other documents',
    ]);
    const requests = sections.find((s) => s.id === 'requests')?.entries ?? [];
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ kind: 'list', list: { path: 'inquiry.requests' } });
    const itemPaths = requests[0]?.kind === 'list' ? requests[0].itemFields.map((f) => f.path) : [];
    expect(itemPaths).toEqual([
      'inquiry.requests[].number',
      'inquiry.requests[].text',
      'inquiry.requests[].status',
      'inquiry.requests[].answer',
      'inquiry.requests[].basis',
    ]);
    expect(sections.find((s) => s.id === 'inquiry')?.entries[0]).toMatchObject({
      kind: 'field',
      field: { path: 'title', label: 'Matter name' },
    });
  });
});
