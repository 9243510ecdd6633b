// An excerpt of a policy (General Order 301.00, pages 4-5 of 12) as a matter file stores it, for exhibit and
// export tests; a test overrides only the fields it is about.
import type { Excerpt } from '../../core/excerpts/excerpt';

export const policyExcerpt = (id: string, text: string, extra: Partial<Excerpt> = {}): Excerpt => ({
  id,
  sourceId: `s-${id}`,
  sourceSha256: 'f'.repeat(64),
  sourceTitle: 'Immigration Enforcement',
  identifier: 'General Order 301.00',
  section: '3.2 Detainer Requests',
  pageStart: 4,
  pageEnd: 5,
  sourcePageCount: 12,
  wholeSource: false,
  text,
  ...extra,
});
