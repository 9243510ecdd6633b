import { describe, expect, it } from 'vitest';
import { legendText, reasonMark, shortReason } from '../../../core/production/reason-label';

const widthOf = (text: string) => text.length * 0.5;

describe('the reason printed on a redaction box', () => {
  it('in full when it fits', () => {
    const mark = reasonMark({ x: 100, y: 100, width: 200, height: 14 }, 'TRE 503 attorney-client', widthOf);
    expect(mark).toMatchObject({ text: 'TRE 503 attorney-client', vertical: false });
    expect(mark!.size).toBeGreaterThanOrEqual(5);
    expect(mark!.u).toBeGreaterThan(100);
  });

  it('by its citation when the full reason does not fit', () => {
    const mark = reasonMark(
      { x: 0, y: 0, width: 60, height: 12 },
      "Tex. Gov't Code § 552.101 (informer identity)",
      widthOf,
    );
    expect(mark?.text).toBe('§ 552.101');
  });

  it('up a tall narrow box', () => {
    const mark = reasonMark({ x: 0, y: 0, width: 12, height: 150 }, 'TRE 503 attorney-client', widthOf);
    expect(mark).toMatchObject({ vertical: true });
  });

  it('nothing in a box too small for any text; the legend still names the reason', () => {
    expect(reasonMark({ x: 0, y: 0, width: 6, height: 4 }, 'TRE 503', widthOf)).toBeUndefined();
    expect(legendText(['TRE 503', 'TRE 503', 'Work product'])).toBe('Redacted: TRE 503; Work product');
  });

  it.each([
    ["Tex. Gov't Code § 552.101 (informer identity)", '§ 552.101'],
    ["Tex. Gov't Code §552.107(1)", '§ 552.107(1)'],
    ['TRE 503 attorney-client', 'TRE 503'],
    ['Attorney work product', 'Attorney work…'],
  ])('%s is cited as %s', (reason, short) => {
    expect(shortReason(reason)).toBe(short);
  });
});
