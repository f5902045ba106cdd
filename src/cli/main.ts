// Entry point of the `cvpress` binary: runs the CLI with the process's arguments and sets the exit code.
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2));
