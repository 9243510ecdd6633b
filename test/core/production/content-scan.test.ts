import { describe, expect, it } from 'vitest';
import { contentBoxes, type ScanResources } from '../../../core/production/content-scan';
import { intersects } from '../../../core/production/page-geometry';

const bytes = (text: string) => new TextEncoder().encode(text);
const simple: ScanResources = { bytesPerChar: () => 1, xobject: () => undefined };

describe('where a content stream draws', () => {
  it('a line of text: from where it starts, half an em a character, a size high', () => {
    const [box] = contentBoxes(bytes('BT /F1 10 Tf 72 700 Td (Hello world) Tj ET'), simple);
    expect(box!.x).toBeCloseTo(72);
    expect(box!.width).toBeCloseTo(55);
    expect(box!.y).toBeCloseTo(697.5);
    expect(box!.height).toBeCloseTo(12.5);
  });

  it('follows Td, T*, TL and TJ spacing, and text placed through cm', () => {
    const boxes = contentBoxes(
      bytes('q 1 0 0 1 0 -100 cm BT /F1 12 Tf 14 TL 72 700 Td (a) Tj T* [(bc) -1000 (d)] TJ ET Q'),
      simple,
    );
    expect(boxes).toHaveLength(2);
    expect(boxes[1]!.y).toBeCloseTo(700 - 100 - 14 - 3);
    // "bc", a 1000-unit gap (one em), "d": three half-ems and an em.
    expect(boxes[1]!.width).toBeCloseTo(12 * (1.5 + 1));
  });

  it('two bytes a character for a Type0 font, as Chromium writes text', () => {
    const cid: ScanResources = { bytesPerChar: (f) => (f === 'F2' ? 2 : 1), xobject: () => undefined };
    const [box] = contentBoxes(bytes('BT /F2 10 Tf 1 0 0 -1 50 100 Tm <00410042> Tj ET'), cid);
    expect(box!.width).toBeCloseTo(10);
  });

  it('pictures, drawn as objects or inline, fill their unit square under the matrix; forms are read too', () => {
    const withForm: ScanResources = {
      bytesPerChar: () => 1,
      xobject: (name) =>
        name === 'Im1'
          ? { kind: 'image' }
          : name === 'Fm1'
            ? {
                kind: 'form',
                content: bytes('BT /F1 10 Tf 0 0 Td (xy) Tj ET'),
                matrix: [1, 0, 0, 1, 300, 50],
                resources: simple,
              }
            : undefined,
    };
    const boxes = contentBoxes(
      bytes(
        'q 200 0 0 100 50 600 cm /Im1 Do Q q 10 0 0 10 0 0 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x00EI\x01 EI Q /Fm1 Do',
      ),
      withForm,
    );
    expect(boxes[0]).toEqual({ x: 50, y: 600, width: 200, height: 100 });
    expect(boxes[1]).toEqual({ x: 0, y: 0, width: 10, height: 10 });
    expect(intersects(boxes[2]!, { x: 300, y: 50, width: 5, height: 5 })).toBe(true);
  });

  it('skips comments, strings with brackets and escapes, and marked-content dictionaries', () => {
    const boxes = contentBoxes(
      bytes(
        '% a comment (not text)\n/P <</MCID 0 /Alt (x>>y)>> BDC BT /F1 10 Tf 0 0 Td (a \\( b \\) \\101) Tj ET EMC',
      ),
      simple,
    );
    expect(boxes).toHaveLength(1);
    // "a ( b ) A": nine characters.
    expect(boxes[0]!.width).toBeCloseTo(9 * 5);
  });
});
