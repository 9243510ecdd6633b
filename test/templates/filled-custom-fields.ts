// The custom fields of the day-one templates (scope letter, collection request, supplemental production,
// clawback agreement) as a careful office would fill them for the filled matter: consistent with its records
// (the second production is the last two records, COD-AG-0000149 – COD-AG-0000155), with one another, and
// with the filled letter's date (April 2, 2025): what it asks for falls after it, what it reports before it.
export const FILLED_CUSTOM_FIELDS: Record<string, string> = {
  scopeAgreementDate: '2025-03-31',
  scopeAgreementMeans: 'a telephone call',
  scopeAgreedWith: 'Jane Roe, Assistant Attorney General',
  scopeAgreedFor: 'Maria Lopez, Assistant City Attorney',
  scopeStartDate: '2023-01-01',
  scopeEndDate: '2025-03-07',
  scopeCustodians:
    "the Interim Chief of Police; the Office of the City Manager; the Dallas Police Department's Legal Services Unit",
  scopeSources:
    'City email; Microsoft Teams chat; text messages on City-issued phones and on personal phones used for City business',
  scopeSearchTerms: '"ICE"; "immigration" w/10 "status"; "detainer"; "SB 4"',
  scopeExclusions: "press releases posted on the City's website",
  scopeOtherTerms:
    'the City will produce records on a rolling basis, the first production by April 23, 2025.',
  scopeCorrectionDate: '2025-04-09',
  collectionReturnDate: '2025-04-16',
  collectionReturnInstructions:
    "on an encrypted drive delivered by hand to the City Attorney's Office, 1500 Marilla Street, Room 7DN, or through a secure file transfer link this office will send.",
  clawbackReturnPeriod: 'ten days',
  clawbackChallengePeriod: 'ten days',
  clawbackRequestNoticePeriod: 'three business days',
  clawbackOtherTerms:
    "Either party may give a notice under this agreement by email to the other's counsel in the Inquiry.",
};

/** The supplemental production letter's own facts (each such letter has its own volume and range). */
export const FILLED_PRODUCTION_LETTER: Record<string, string> = {
  productionVolume: 'second',
  productionBatesRange: 'COD-AG-0000149 – COD-AG-0000155',
  productionPages: '7',
  productionMedium:
    'one password-protected PDF file sent by secure file transfer; the password follows by separate email',
  remainingRecords:
    'email of the Office of the Chief of Police for February and March 2025, which is under review for confidential law-enforcement information.',
  nextProductionDate: '2025-05-02',
  priorLogDate: '2025-03-28',
};
