// The text of `counsel-desk --help`.
export const USAGE = `counsel-desk: fill Counsel Desk templates with a matter and export letters.

Usage:
  counsel-desk templates [--json]
      List the templates and the fields each one uses.
  counsel-desk check <matter.json | matter.cdesk>
      Check a matter; prints every problem with its field path and exits 1 if there are any.
  counsel-desk render --matter <file> (--template <id> | --template-file <path>) --out <file>
      Fill a template with the matter and write the result. The --out extension picks the format:
        .docx  a Word document
        .json  the document model (what the editor edits)
        .md    the filled-in markup
      With required fields still empty the letter is still written, marked DRAFT, and they are listed.
      A .cdesk matter's exhibits (index, cover pages, texts, Bates numbers) follow the letter.
  counsel-desk render --matter <file.cdesk> --draft <id or title> --out <file.docx | file.json>
      Export a draft as edited in the app, its matter fields brought up to date, with its exhibits.
  counsel-desk import <files...> [--library <dir>]
      Add policy files (PDF, DOCX, email, text) to the source library.
  counsel-desk search <query> [--library <dir>] [--limit n] [--json]
      Search the source library; prints ranked passages, matched words in [brackets].
  counsel-desk --help | --version

The matter can be a matter JSON file (as in examples/) or a .cdesk file saved by the app.
Templates are read from the templates folder next to the program; set COUNSEL_DESK_TEMPLATES to use another.
--template-file takes a template anywhere on disk; its partials come from the templates folder.

The library is kept in the per-user data folder (on Linux $XDG_DATA_HOME/counsel-desk or
~/.local/share/counsel-desk) unless --library names another folder.

Exit codes: 0 done, 1 a problem with a file, matter or template (the message says which), 2 a wrong command line.
`;
