// Entry point of the `cvpress` binary: runs the CLI with the process's arguments and sets the exit code.
import { runCli } from './run-cli.js';

// SIGINT (Ctrl-C) or SIGTERM (a cancelled CI job, an evicted pod): the CVs in flight stop, no new one starts,
// and the run ends as a normal one does (summary, --report and --junit written, Chromium and its profile
// removed), exiting 130 or 143. A second signal leaves at once (Chromium is still ended on the way out).
const interrupt = new AbortController();
const onSignal = (signal: NodeJS.Signals): void => {
  const code = signal === 'SIGTERM' ? 143 : 130;
  if (interrupt.signal.aborted) process.exit(code);
  process.stderr.write(`\ncvpress: ${signal}: stopping the CVs in flight, then writing the summary and reports (${signal === 'SIGINT' ? 'Ctrl-C' : 'the signal'} again to quit now)…\n`);
  interrupt.abort(signal);
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: interrupt.signal });
