// Entry point of `baton` (`pnpm baton ...`, or bin/baton.mjs). Binds the CLI to this process.
import { processIo } from './io.ts';
import { runCli } from './cli.ts';

// `baton validate ... | head` closes stdout early: stop quietly, like other Unix tools.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

try {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
} catch (err) {
  // A bug, not bad input: say so plainly, with the stack for the report.
  process.stderr.write(`baton: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
