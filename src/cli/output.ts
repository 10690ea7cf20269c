export interface OutputOptions {
  /** compact JSON even on a terminal */
  json?: boolean;
}

/**
 * Prints a JSON value on stdout: indented on a terminal (people read it),
 * one compact line otherwise (scripts parse it, as the contract says), or
 * compact anywhere with --json.
 */
export function printJson(value: unknown, options: OutputOptions = {}): void {
  const pretty = process.stdout.isTTY && !options.json;
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}
