// The `counsel-desk` command line: parses the command name and hands the rest to one file per command.
import { version } from '../../package.json';
import { EXIT_USAGE, describeFailure, usageError } from './cli-error';
import { processOutput, type CommandOutput } from './command-output';
import { USAGE } from './usage';

type Command = (args: string[], out: CommandOutput) => Promise<number>;

// Loaded on demand: `check` need not load the DOCX writer, nor `render` the library's SQLite driver.
const COMMANDS: Record<string, () => Promise<Command>> = {
  templates: async () => (await import('./commands/templates')).templatesCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  new: async () => (await import('./commands/new')).newCommand,
  draft: async () => (await import('./commands/draft')).draftCommand,
  set: async () => (await import('./commands/set')).setCommand,
  status: async () => (await import('./commands/status')).statusCommand,
  review: async () => (await import('./commands/review')).reviewCommand,
  render: async () => (await import('./commands/render')).renderCommand,
  import: async () => (await import('./commands/import')).importCommand,
  search: async () => (await import('./commands/search')).searchCommand,
  versions: async () => (await import('./commands/versions')).versionsCommand,
  redline: async () => (await import('./commands/redline')).redlineCommand,
  history: async () => (await import('./commands/history')).historyCommand,
  'verify-history': async () => (await import('./commands/verify-history')).verifyHistoryCommand,
  compare: async () => (await import('./commands/compare')).compareCommand,
  records: async () => (await import('./commands/records')).recordsCommand,
  redact: async () => (await import('./commands/redact')).redactCommand,
  produce: async () => (await import('./commands/produce')).produceCommand,
};

export async function runCli(argv: string[], out: CommandOutput): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      out.warn(USAGE.trimEnd());
      return EXIT_USAGE;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      out.print(USAGE.trimEnd());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      out.print(version);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command)
      throw usageError(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    if (rest.includes('--help') || rest.includes('-h')) {
      out.print(USAGE.trimEnd());
      return 0;
    }
    return await (
      await command()
    )(rest, out);
  } catch (error) {
    const { message, exitCode } = describeFailure(error);
    out.warn(message);
    return exitCode;
  }
}

// A reader that closes the pipe early (`counsel-desk templates | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

void runCli(process.argv.slice(2), processOutput).then((code) => {
  process.exitCode = code;
});
