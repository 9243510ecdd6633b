// Times mail at volume for `npm run bench` (bundled by bench/mail.bench.mjs): writing a generated mbox of
// messages with attachments, importing it while measuring how late a 10 ms timer fires (the app's
// responsiveness), and searching a library of 100,000 message sources with and without filters.
// Run as `node build/bench-mail-timing.cjs import <mbox> <library-dir>` so peak memory is the import's own.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { LibraryDatabase } from '../../electron/services/library/library-database';
import { sourceFilter } from '../../electron/services/library/mail/library-filters';
import { runImport } from '../../electron/services/library/mail/import-run';
import type { MailMessage } from '../../electron/services/library/mail/mail-message';
import { contentHash, messageDocument } from '../../electron/services/library/mail/message-document';
import { MailStore } from '../../electron/services/library/mail/store-message';
import { makePdf } from '../../test/support/pdf-fixture';

// A vocabulary of 20,000 made-up words used with Zipf's law (word k about 1/k as often as the commonest), as
// words are in real mail, so a query matches a realistic share of the messages, not all of them.
const PEOPLE = Array.from({ length: 20 }, (_, i) => `Person ${i} <person${i}@city.example>`);
const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu'.split(
    ' ',
  );
const VOCABULARY = Array.from({ length: 20_000 }, (_, k) => {
  let word = '';
  for (let n = k + 50; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
const CUMULATIVE = (() => {
  let sum = 0;
  const out = VOCABULARY.map((_, k) => (sum += 1 / (k + 1)));
  return out.map((v) => v / sum);
})();

function zipfWord(random: number, skip = 0): string {
  const target = skip > 0 ? CUMULATIVE[skip - 1]! : 0;
  const wanted = skip > 0 ? target + random * (1 - target) : random;
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (CUMULATIVE[mid]! < wanted) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low]!;
}

/** `count` words from the vocabulary, the same for the same seed; `skip` leaves out the commonest words. */
function words(seed: number, count: number, skip = 0): string {
  let state = (seed * 2654435761 + 1) % 2147483648;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(zipfWord(state / 2147483648, skip));
  }
  return out.join(' ');
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const base64Lines = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\n');
const SHARED_POLICY = Buffer.from(`Shared policy summary.\n\n${words(7, 400)}\n`);
const PDFS = Array.from({ length: 10 }, (_, i) => makePdf([[`Routing sheet ${i}`, words(i, 12)]]));

function message(n: number): string {
  const thread = n - (n % 5);
  const date = new Date(Date.UTC(2025, 0, 1) + n * 45 * 60_000).toUTCString().replace('GMT', '-0000');
  const attach = (name: string, type: string, bytes: Buffer) =>
    `--b\nContent-Type: ${type}; name="${name}"\nContent-Disposition: attachment; filename="${name}"\nContent-Transfer-Encoding: base64\n\n${base64Lines(bytes)}\n`;
  const parts = [
    `--b\nContent-Type: text/plain; charset=utf-8\n\n${words(n, 40)}\n\n${words(n + 1, 40)}\n`,
    attach(`memo-${n}.txt`, 'text/plain', Buffer.from(`Memo ${n}\n\n${words(n * 3, 120)}\n`)),
  ];
  if (n % 3 === 0) parts.push(attach('policy-summary.txt', 'text/plain', SHARED_POLICY));
  if (n % 50 === 0) parts.push(attach(`routing-${n % 10}.pdf`, 'application/pdf', PDFS[(n / 50) % 10]!));
  return [
    `From: ${PEOPLE[n % 20]}`,
    `To: ${PEOPLE[(n + 3) % 20]}, ${PEOPLE[(n + 7) % 20]}`,
    `Subject: ${n === thread ? '' : 'Re: '}Detainer question ${thread}`,
    `Date: ${date}`,
    `Message-ID: <m${n}@city.example>`,
    ...(n === thread
      ? []
      : [`In-Reply-To: <m${n - 1}@city.example>`, `References: <m${thread}@city.example>`]),
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    ...parts,
    '--b--',
  ].join('\n');
}

/** Writes `count` messages (2 in 100 sent twice, as a second copy in the same mailbox) without holding them. */
export async function writeMbox(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let n = 0; n < count; n++) {
    const text = `From person${n % 20}@city.example Wed Jan  1 00:00:00 2025\n${message(n)}\n\n`;
    const copies = n % 50 === 7 ? 2 : 1;
    for (let c = 0; c < copies; c++) if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Imports the mailbox, sampling how late a 10 ms timer fires meanwhile. */
export async function timeMailImport(mbox: string, dir: string) {
  const library = LibraryDatabase.open(dir);
  const lags: number[] = [];
  let expected = now() + 10;
  const timer = setInterval(() => {
    lags.push(Math.max(0, now() - expected));
    expected = now() + 10;
  }, 10);
  const started = now();
  const { summary } = await runImport(library, [mbox], { custodian: 'Bench Custodian' });
  const elapsed = now() - started;
  clearInterval(timer);
  library.close();
  return {
    ms: elapsed,
    lagMaxMs: Math.max(0, ...lags),
    lagP99Ms: percentile(lags, 99),
    imported: summary.imported,
    duplicates: summary.duplicates,
    attachments: summary.attachments,
    failed: summary.failed.length,
  };
}

function benchMessage(n: number): MailMessage {
  const person = (i: number) => ({ name: `Person ${i}`, address: `person${i}@city.example` });
  const sentAt = new Date(Date.UTC(2024, 0, 1) + n * 9 * 60_000).toISOString();
  return {
    messageId: `s${n}@city.example`,
    inReplyTo: n % 4 === 0 ? '' : `s${n - 1}@city.example`,
    references: [],
    from: person(n % 50),
    to: [person((n + 1) % 50)],
    cc: n % 3 === 0 ? [person((n + 2) % 50)] : [],
    bcc: [],
    dateWritten: sentAt,
    sentAt,
    subject: `${n % 4 === 0 ? '' : 'Re: '}${words(n - (n % 4), 5)}`,
    body: `${words(n * 7, 60)}\n\n${words(n * 7 + 1, 40)}`,
    attachments: [],
  };
}

/** A library of `sources` messages, stored as an import stores them, then timed queries. */
export function timeSearch(dir: string, sources: number, queries: number) {
  const library = LibraryDatabase.open(dir);
  const store = new MailStore(library);
  const started = now();
  for (let from = 0; from < sources; from += 5000) {
    library.connection.transaction(() => {
      for (let n = from; n < Math.min(sources, from + 5000); n++) {
        const message = benchMessage(n);
        const prepared = {
          message,
          fileName: `bench.mbox #${n}`,
          sha256: String(n).padStart(64, '0'),
          contentHash: contentHash(message, []),
          document: messageDocument(message),
          attachments: [],
          warnings: [],
        };
        store.storeMessage(prepared, `Custodian ${n % 8}`);
      }
    })();
  }
  const buildMs = now() - started;
  const plain: number[] = [];
  const filtered: number[] = [];
  const filter = sourceFilter({ custodian: 'Custodian 3', dateFrom: '2024-03-01', dateTo: '2024-09-30' });
  for (let q = 0; q < queries; q++) {
    const query = words(q * 7 + 3, 1 + (q % 3), 100);
    let t = now();
    library.search(query, 20);
    plain.push(now() - t);
    t = now();
    library.search(query, 20, filter);
    filtered.push(now() - t);
  }
  library.close();
  return { buildMs, plain, filtered };
}

if (process.argv[2] === 'import') {
  void timeMailImport(process.argv[3]!, process.argv[4]!).then((result) =>
    process.stdout.write(`${JSON.stringify(result)}\n`),
  );
}
