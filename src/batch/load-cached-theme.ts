// Loads a CV's theme once per batch: one cache, keyed by theme, theme folders and working folder.
import { loadTheme } from '../theme/load-theme.js';
import type { Theme } from '../theme/theme-types.js';

/**
 * The theme `theme` (a name or a path) as `loadTheme` finds it from `themeDirs` and `cwd`, loaded at most
 * once per `cache` (a failed load is dropped from it, so the next CV gets the same error).
 */
export function loadCachedTheme(theme: string, themeDirs: string[], cwd: string, cache?: Map<string, Promise<Theme>>): Promise<Theme> {
  const key = JSON.stringify([theme, themeDirs, cwd]);
  let loaded = cache?.get(key);
  if (!loaded) {
    loaded = loadTheme(theme, { themeDirs, cwd });
    cache?.set(key, loaded);
    loaded.catch(() => cache?.delete(key));
  }
  return loaded;
}
