// The error of a bad command line (unknown command or flag, missing value): exit code 2.
import { CvpressError } from '../model/errors.js';

/** A bad command line; the CLI prints it with the command's usage and exits 2. */
export class UsageError extends CvpressError {}
