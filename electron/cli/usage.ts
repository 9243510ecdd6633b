// The text of `counsel-desk --help`.
export const USAGE = `counsel-desk: Counsel Desk's matter files, drafts and letters from the command line.

Usage:
  counsel-desk templates [--json]
      List the templates and the fields each one uses.
  counsel-desk check <matter.json | matter.cdesk>
      Check a matter; prints every problem with its field path, and every damaged draft of a .cdesk
      file, and exits 1 if there are any.
  counsel-desk new --from <matter.json> --out <file.cdesk>
      Make a new matter file from a matter JSON. Never overwrites a file.
  counsel-desk draft <file.cdesk> --template <id> [--title <title>]
      Add a draft generated from the template (it keeps the template with it); prints its id and title.
  counsel-desk set <file.cdesk> <path> <value> [--draft <id or title>]
      Change one value: of the matter (respondent.city "City of Dallas", 'inquiry.requests[1].status'
      withheld), of its records list ('records[0].status' withheld) or, with --draft, of one letter
      (letter.date 2025-03-12, letter.deliveryLine "Via Email"). Paths take [1] or .1 for list items.
      A value is checked against the file format (numbers, true/false, the allowed choices) and
      refused with the reason; then nothing is written. Put -- before a value starting with "-".
  counsel-desk status <file.cdesk> [--json]
      For each draft: whether it is up to date with the matter, updates awaiting review, empty
      required fields and other problems; damaged drafts with the reason.
  counsel-desk review <file.cdesk> --draft <id or title> [--json]
      Everything still wrong with the draft, bound to the matter as it is now: one problem a line,
      "stop" or "warn" first (--json: a list with kind, severity, message, path, recordId). Exits 1
      while a stop remains, 0 otherwise.
  counsel-desk render --matter <file> (--template <id> | --template-file <path>) --out <file>
      Fill a template with the matter and write the result. The --out extension picks the format:
        .docx  a Word document
        .pdf   the letter printed to PDF by Chromium (as the DOCX lays it out, Page X of Y)
        .json  the document model (what the editor edits)
        .md    the filled-in markup
  counsel-desk render --matter <file.cdesk> --draft <id or title> --out <file.docx | file.pdf | file.json>
      Export a draft as the app does: bound to the matter as it is now, with the exhibits it encloses.
      Problems are listed one a line, "stop" or "warn" first. With required fields still empty the
      letter is still written, marked DRAFT.
      Options for .docx and .pdf: --font <name>, --font-size <points>. A PDF needs Chromium, Chrome or
      Edge (COUNSEL_DESK_CHROMIUM names it when it is not found).
  counsel-desk import <files or folders...> [--custodian <name>] [--library <dir>]
      Add files to the source library: PDF, DOCX, text, Markdown, and mail (.eml, Outlook .msg, mbox,
      Outlook .pst), folders searched recursively. Each message's attachments become sources of their
      own; a message already held (another custodian's copy) is not added twice. Prints each item, then
      a summary; exits 1 when any item failed, after importing the rest.
  counsel-desk search <query> [--library <dir>] [--limit n] [--json]
      Search the source library; prints ranked passages, matched words in [brackets].
  counsel-desk versions <file.cdesk> --draft <id or title> [--show <n>]
      The versions kept of a draft, one a line starting with its number: when saved, by whom, its
      title, its name and the day it was sent. --show <n> prints version n's text.
  counsel-desk versions <file.cdesk> --draft <id or title> --version <n> [--name <text>] [--sent <YYYY-MM-DD>]
      Name version n, or mark it sent on that day (a sent version is final: it cannot be renamed or
      marked again).
  counsel-desk redline <file.cdesk> --draft <id or title> --from <n> [--to <n>] --out <file.docx>
      A Word document with every change from version --from to version --to (without --to: the
      current draft, bound to the matter as it is now) as tracked changes Word can accept or reject.
      The export is recorded in the history.
  counsel-desk history <file.cdesk> [--csv]
      The matter's history, one entry a line (number, time, author, what happened); --csv prints it
      as CSV with every field and fingerprint.
  counsel-desk verify-history <file.cdesk>
      Check that no history entry or version was altered, removed or inserted; names the first that
      was, and exits 1.
  counsel-desk compare <before.docx> <after.docx> --out <redline.docx>
      Two Word documents from outside the matter (the letter as sent, the markup returned) as a
      redline with tracked changes; words only, as the DOCX importer reads them.
  counsel-desk records add <file.cdesk> <files...> [--request <n>] [--status produced|withheld|partly-withheld]
                     [--basis <text>] [--library <dir>]
      Add files (PDF, DOCX, text, Markdown, .eml) to the matter's records, importing them into the
      library when needed; an email comes with its attachments, each a record of its own. A record's
      pages are its PDF's, or the file printed to PDF (this needs Chromium, Chrome or Edge; set
      COUNSEL_DESK_CHROMIUM to its path when it is not found). --request may be given more than once.
  counsel-desk records list <file.cdesk>
      The records, one a line: number (from 1), exhibit label, status, pages, Bates range, description.
  counsel-desk redact <file.cdesk> (--record <number|label|id> | --all-records) --text <phrase>
                      --reason <text> [--library <dir>]
      Black out every occurrence of the phrase in that record (--all-records: in every record
      produced) when producing, the reason printed on each box. The reason is one of the matter's
      (a part such as 552.101 is enough) or is added to its list. The record becomes partly withheld.
  counsel-desk redact <file.cdesk> --record <number|label|id> --box <page>:<x>,<y>,<w>,<h> --reason <text>
      Black out a box on one page of the record (points from the page's top-left corner as seen,
      72 to the inch), for what has no text to search, such as a scanned page.
  counsel-desk produce <file.cdesk> --out <dir> [--zip] [--again] [--load-files] [--library <dir>]
      Write the next production volume, a folder named for it (e.g. DAL-AG-VOL001): each record
      produced as one Bates-stamped PDF, pages with redactions as images with the boxes burned in,
      the production index and privilege log (CSV and DOCX), the cover letter (the matter's production
      letter, bound to the numbers just stamped) as DOCX and PDF, and MANIFEST.sha256; --zip also
      writes <volume>.zip (Zip64 when it must be); --load-files adds a Concordance DAT and an Opticon
      OPT under DATA/ and each document's text as produced under TEXT/. It is recorded in the matter
      and the next production continues the numbering; records produced before keep their numbers
      and are left out unless --again. If a redacted phrase can still be read, nothing is written.
  counsel-desk --help | --version

A matter can be a matter JSON file (as in examples/; version 1 files are read too) or a .cdesk file.
new, draft, set, versions (when naming or marking) and redline save .cdesk files as the app does:
atomically, the previous version kept as <file>.cdesk.bak, with a version of each changed draft and
the history entries kept inside the file. The history names you by your user name on this computer,
or COUNSEL_DESK_AUTHOR when set (the app's preferences can set another name).
Templates are read from the templates folder next to the program; set COUNSEL_DESK_TEMPLATES to use another.
--template-file takes a template anywhere on disk; its partials come from the templates folder.

The library is kept in the per-user data folder (on Linux $XDG_DATA_HOME/counsel-desk or
~/.local/share/counsel-desk) unless --library names another folder.

Exit codes: 0 done, 1 a problem with a file, matter, draft or template (the message says which),
2 a wrong command line.
`;
