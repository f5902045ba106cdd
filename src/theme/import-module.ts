// Imports an ES module by its URL (a JSON Resume theme's package): Node's own import(), which the CV thread's bundle gets from its loader.

/**
 * `import(url)`. One place for it because the CV thread's CommonJS bundle runs in a `vm.Script`, where an
 * `import()` of its own would need an experimental Node option: scripts/bundle-cli.js puts in this module's place
 * one that calls the import of the thread's ES-module entry (see load-thread-bundle.ts).
 */
export function importModule(url: string): Promise<unknown> {
  return import(url) as Promise<unknown>;
}
