// The DeskApi method name of each page viewer channel (./pages-channels), spread into ./desk-api. Kept apart
// from the channels so the preload, which builds window.desk from these names, does not bundle zod.
export const pagesMethods = {
  recordPages: 'pages:record',
  sourcePages: 'pages:source',
  pageBytes: 'pages:range',
  addBoxRedaction: 'pages:add-box',
} as const;
