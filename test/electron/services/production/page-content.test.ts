import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { intersects } from '../../../../core/production/page-geometry';
import { runRect } from '../../../../core/production/text-runs';
import { pageContentBoxes } from '../../../../electron/services/production/page-content';
import { openPdf, pageRuns } from '../../../../electron/services/production/pdf-reader';
import { fixture } from './production-support';

describe('where real producers’ pages draw, read from their content streams', () => {
  it.each(['detainer-memo-libreoffice.pdf', 'training-bulletin-chromium.pdf', 'rotated-and-cropped.pdf'])(
    '%s: every run of text pdf.js reads lies in a box the scan found',
    async (name) => {
      const bytes = fixture(name);
      const doc = await PDFDocument.load(bytes);
      const pdf = await openPdf(bytes);
      for (let n = 1; n <= doc.getPageCount(); n++) {
        const boxes = pageContentBoxes(doc.getPage(n - 1))!;
        expect(boxes.length).toBeGreaterThan(0);
        const runs = (await pageRuns(pdf, n)).filter((r) => r.str.trim());
        const missed = runs.filter((run) => !boxes.some((box) => intersects(box, runRect(run))));
        expect(missed.map((r) => r.str)).toEqual([]);
      }
      await pdf.destroy();
    },
  );
});
