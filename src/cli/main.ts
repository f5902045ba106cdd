// Entry point of the `cvpress` binary: runs the CLI with the process's arguments and sets the exit code.
import { runCli } from './run-cli.js';

// First Ctrl-C: stop starting new CVs and let the ones printing finish (outputs are written atomically).
// Second Ctrl-C: leave at once.
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  process.stderr.write('\ncvpress: stopping after the CVs being printed (Ctrl-C again to quit now)…\n');
  interrupt.abort();
});
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: interrupt.signal });
