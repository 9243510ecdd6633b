// Loaded into a bare Chromium page by page-view-agreement.test.ts: lays a document out with the page view's
// own code (the same spec, measuring and pagination) and says how many pages it made.
import type { DocumentModel } from '../../../core/document/model';
import { pageSpec } from '../../../core/page-layout/page-spec';
import type { PageSpecOptions } from '../../../core/page-layout/page-spec';
import { layOutPages } from '../../../renderer/page-view/layout-run';

async function countPages(model: DocumentModel, options: PageSpecOptions) {
  const result = await layOutPages(pageSpec(model, options), { cancelled: false });
  if (!result) throw new Error('The layout was cancelled.');
  document.body.replaceChildren(...result.pages);
  return { pages: result.pages.length, letterPages: result.letterPages };
}

(window as unknown as { countPages: typeof countPages }).countPages = countPages;
