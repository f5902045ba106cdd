// Entry of the CV thread's CommonJS bundle (dist/bin/cv-thread.cjs, see scripts/bundle-cli.js): what the cached entry starts, and what the build warms to write its code cache.
export { startCvThread } from './start-cv-thread.js';
export { answerThreadRequest } from './answer-thread-request.js';
