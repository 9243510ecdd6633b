// The HTML a record's text, Markdown, Word document or email is printed from: one US Letter page style with
// 1-inch margins, so every record printed reads alike. Everything a file holds is escaped here; the printer
// runs the page with scripts off and the network closed.

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
@page { size: Letter; margin: 1in; }
html { -webkit-print-color-adjust: exact; }
body { font-family: "Liberation Serif", "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.35;
  color: #000; margin: 0; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; }
h1 { font-size: 16pt; } h2 { font-size: 14pt; } h3, h4, h5, h6 { font-size: 12pt; }
table { border-collapse: collapse; margin: 0.5em 0; }
td, th { border: 1px solid #777; padding: 2pt 4pt; vertical-align: top; }
blockquote { margin: 0.5em 1.5em; }
pre, code { font-family: "Liberation Mono", "Courier New", monospace; font-size: 9.5pt; white-space: pre-wrap; }
img { max-width: 100%; }
.headers { border-bottom: 1.5pt solid #000; margin-bottom: 12pt; padding-bottom: 6pt; }
.headers table { border: none; margin: 0; }
.headers td { border: none; padding: 1pt 6pt 1pt 0; }
.headers td.name { font-weight: bold; white-space: nowrap; }
`;

export function htmlPage(title: string, body: string): string {
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    `<body>${body}</body></html>`,
  ].join('');
}

/** A text file as written: its line breaks and spacing kept. */
export const textHtml = (title: string, text: string): string =>
  htmlPage(title, `<div class="text">${escapeHtml(text.replace(/\r\n?/g, '\n'))}</div>`);

export interface EmailHeaders {
  from: string;
  to: string;
  cc: string;
  date: string;
  subject: string;
  /** File names of its attachments (each produced as a record of its own). */
  attachments: string[];
}

/** An email as a mail program prints it: the header lines, a rule, the body. */
export function emailHtml(headers: EmailHeaders, body: string): string {
  const rows: [string, string][] = [
    ['From:', headers.from],
    ['Sent:', headers.date],
    ['To:', headers.to],
    ...(headers.cc ? [['Cc:', headers.cc] as [string, string]] : []),
    ['Subject:', headers.subject],
    ...(headers.attachments.length > 0
      ? [['Attachments:', headers.attachments.join('; ')] as [string, string]]
      : []),
  ];
  const table = rows
    .map(([name, value]) => `<tr><td class="name">${name}</td><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  return htmlPage(
    headers.subject || 'Email',
    `<div class="headers"><table>${table}</table></div><div class="text">${escapeHtml(body)}</div>`,
  );
}
