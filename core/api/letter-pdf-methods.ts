// The DeskApi method name of the letter-PDF channel (./letter-pdf-channels), spread into ./desk-api. Kept
// apart from the channel so the preload, which builds window.desk from these names, does not bundle zod.
export const letterPdfMethods = { exportPdf: 'draft:export-pdf' } as const;
