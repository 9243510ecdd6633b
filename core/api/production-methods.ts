// The DeskApi method name of each production channel (./production-channels), spread into ./desk-api. Kept
// apart from the channels so the preload, which builds window.desk from these names, does not bundle zod.
export const productionMethods = {
  previewProduction: 'production:preview',
  chooseProductionFolder: 'production:choose-folder',
  startProduction: 'production:start',
  productionStatus: 'production:status',
  showProductionInFolder: 'production:show-in-folder',
  redactPhrase: 'production:redact',
  removeRedaction: 'production:remove-redaction',
} as const;
