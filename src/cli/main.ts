import 'reflect-metadata';
import { CommanderError } from 'commander';
import { StoreUnavailableError } from '../store/errors';
import { EXIT, UsageError } from './exit-codes';
import { buildProgram } from './program';

/** Runs `talkgraph ARGV…` and resolves to the exit status (see exit-codes.ts). */
export async function main(argv: string[]): Promise<number> {
  let status: number = EXIT.ok;
  const program = buildProgram((s) => {
    status = s;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exit code 0; help shown for a missing command is a usage mistake
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    const command = argv.find((a) => program.commands.some((c) => c.name() === a));
    if (e instanceof UsageError) {
      process.stderr.write(`talkgraph: ${e.message}\n(see talkgraph ${command ?? ''}${command ? ' ' : ''}--help)\n`);
      return EXIT.usage;
    }
    process.stderr.write(`talkgraph: ${(e as Error).message}\n`);
    return e instanceof StoreUnavailableError ? EXIT.storeUnavailable : EXIT.failed;
  }
}
