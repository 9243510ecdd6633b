// The packages every Node-side bundle leaves outside, to load from node_modules (or app.asar.unpacked):
// native ones (better-sqlite3, the canvas), Electron itself, and heavy ones (pdf.js, mammoth, Chromium's driver,
// the PDF writer). The app's build, the bundle tests and the benchmarks all bundle with this one list.
export const EXTERNAL_PACKAGES = [
  'electron',
  'better-sqlite3',
  'pdfjs-dist',
  'mammoth',
  'fsevents',
  'playwright-core',
  '@napi-rs/canvas',
  '@cantoo/pdf-lib',
];
