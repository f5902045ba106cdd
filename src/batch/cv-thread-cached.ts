// Entry of a CV thread in the bundled CLI (dist/bin/cv-thread.js): runs the thread's CommonJS bundle beside it with its code cache.
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { loadThreadBundle } from './load-thread-bundle.js';

if (!parentPort) throw new Error('cv-thread runs only as a worker thread (see createCvThreads).');
const bundle = fileURLToPath(new URL('./cv-thread.cjs', import.meta.url));
loadThreadBundle(bundle, `${bundle.slice(0, -'.cjs'.length)}.code-cache`, { importModule: (url) => import(url) as Promise<unknown> }).exports.startCvThread(parentPort, workerData);
