// The messages between the main thread and a CV thread (see cv-thread.ts and createCvThreads).
import type { PaperFormat } from '../model/options.js';
import type { SchemaProblem } from '../model/errors.js';
import type { Resume } from '../model/types.js';
import type { CvWarning } from '../model/warning.js';
import type { StampMetadataOptions } from '../stamp/stamp-types.js';
import type { PreparedCv, ThemeSpec } from './batch-types.js';
import type { PrepareOptions } from './prepare-resume.js';

/** The option layers a CV is prepared with (data only: they are copied to the thread). */
export type ThreadLayers = Omit<PrepareOptions, 'themeCache' | 'cwd'> & { cwd: string };

/** A request to a CV thread. */
export type ThreadRequest = { id: number } & (
  | { op: 'prepare'; file: string; layers: ThreadLayers }
  | { op: 'render'; resume: Resume; spec: ThemeSpec; opts: { lang: string; format: PaperFormat; density?: number; maxImageBytes?: number; source?: string; dir?: 'ltr' | 'rtl' } }
  | { op: 'stamp'; pdf: Uint8Array; resume: Resume; opts: StampMetadataOptions }
  | { op: 'themes'; specs: ThemeSpec[] }
);

/** A CV thread's answer: the result of its request, or the error it threw (class name and fields). */
export interface ThreadReply {
  id: number;
  prepared?: PreparedCv;
  html?: string;
  warnings?: CvWarning[];
  pdf?: Uint8Array;
  error?: { name: string; message: string; code?: string; file?: string; line?: number; column?: number; hint?: string; problems?: SchemaProblem[] };
}
