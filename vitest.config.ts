import { defineConfig } from 'vitest/config';

/**
 * Tests that read exported files back through LibreOffice or drive Chromium. They live under test/e2e/, or end
 * in `-libreoffice.test.ts`, apart from two older DOCX tests that also check their pages in LibreOffice. The
 * unit project runs without either program (test/test-projects.test.ts keeps it that way).
 */
export const E2E_TESTS = [
  'test/e2e/**/*.test.ts',
  'test/**/*-libreoffice.test.ts',
  'test/core/docx/exhibits-section.test.ts',
  'test/core/docx/letter-page-total.test.ts',
];

// `npx vitest run --project unit` is the fast path; `vitest run` (as `npm test` does) runs both projects.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: E2E_TESTS },
      },
      { extends: true, test: { name: 'e2e', include: E2E_TESTS } },
    ],
  },
});
