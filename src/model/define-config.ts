// Identity helper that types a cvpress config file.
import type { CvpressConfig } from './options.js';

/**
 * Types a `cvpress.config.ts`/`.js` file: `export default defineConfig({ theme: 'modern' })`.
 * @returns the same object
 */
export function defineConfig(config: CvpressConfig): CvpressConfig {
  return config;
}
