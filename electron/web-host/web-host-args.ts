// Command-line options of the web host: `--port <n>` (0 or absent: a free port) and `--data-dir <folder>`.
export interface WebHostArgs {
  port: number;
  dataDir: string | null;
}

export function parseWebHostArgs(argv: readonly string[]): WebHostArgs | { error: string } {
  const args: WebHostArgs = { port: 0, dataDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = inline ?? argv[i + 1];
    if (name === '--port' || name === '--data-dir') {
      if (value === undefined || value === '')
        return {
          error: `${name} needs a value, e.g. ${name === '--port' ? '--port 4321' : '--data-dir ./desk-data'}.`,
        };
      if (inline === undefined) i++;
      if (name === '--data-dir') {
        args.dataDir = value;
        continue;
      }
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        return { error: `--port must be a whole number from 0 to 65535, not "${value}".` };
      args.port = port;
    } else if (arg !== '--web') {
      return { error: `Unknown option "${arg}". Use --port <n> and --data-dir <folder>.` };
    }
  }
  return args;
}
