// Formats a file size for people: kB below a megabyte, MB above.

/** A size in kB (1024 bytes, at least 1) or MB with one decimal. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
