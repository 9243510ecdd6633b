// Recognises headings in text without markup (PDF lines, plain text): numbered headings such as
// "3.2 Use of Force Reporting" or "SECTION 4. TRAINING". Returns the nesting level, or 0 for body text.

const NUMBERED = /^(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s+[A-Z][^.!?;:]{1,90}$/;
const WORD = /^(?:SECTION|ARTICLE|PART|CHAPTER)\s+[\dIVXL]+[.:]?\s*\S.{0,90}$/i;

export function headingLevel(line: string): number {
  const trimmed = line.trim();
  if (trimmed.length > 100) return 0;
  const numbered = NUMBERED.exec(trimmed);
  if (numbered) return numbered[1]!.split('.').filter(Boolean).length;
  if (WORD.test(trimmed)) return 1;
  return 0;
}
