// Entry of a CV thread: a CV's CPU work (read, parse, theme, HTML, stamp) runs here, so a CV that never yields is ended at its time limit.
import { parentPort, workerData } from 'node:worker_threads';
import { startCvThread } from './start-cv-thread.js';

if (!parentPort) throw new Error('cv-thread runs only as a worker thread (see createCvThreads).');
startCvThread(parentPort, workerData);
