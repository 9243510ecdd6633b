// Where commands write: results to stdout, warnings and errors to stderr. Injected so commands stay testable.
export interface CommandOutput {
  print(text: string): void;
  warn(text: string): void;
}

export const processOutput: CommandOutput = {
  print: (text) => process.stdout.write(`${text}\n`),
  warn: (text) => process.stderr.write(`${text}\n`),
};
