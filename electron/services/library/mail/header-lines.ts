// Looks up a header in a block of raw header lines (an Outlook item's transport headers), folded lines joined.

export function headerValue(headers: string | undefined, name: string): string {
  if (!headers) return '';
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const wanted = `${name.toLowerCase()}:`;
  for (const line of unfolded.split(/\r?\n/)) {
    if (line.toLowerCase().startsWith(wanted)) return line.slice(wanted.length).trim();
  }
  return '';
}
