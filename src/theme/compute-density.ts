// Interpolates a theme's fit bounds for a density between 0 (normal) and 1 (floor).
import type { FitBounds } from './theme-types.js';

/** Body size, line height and spacing multiplier at one density. */
export interface DensityValues {
  fontSize: number;
  lineHeight: number;
  spacing: number;
}

/** Bounds used when a manifest declares none: the size stays fixed. */
export const DEFAULT_FIT: FitBounds = { fontSize: [10.5, 10.5], lineHeight: [1.35, 1.35], spacing: [1, 1] };

/**
 * Linear interpolation between the `[normal, floor]` pairs of `fit`; `density`
 * is clamped to 0..1 (0 = the theme's normal size, 1 = its fit floor).
 */
export function computeDensity(fit: FitBounds | undefined, density = 0): DensityValues {
  const f = fit ?? DEFAULT_FIT;
  const t = Number.isFinite(density) ? Math.min(1, Math.max(0, density)) : 0;
  const lerp = ([a, b]: [number, number]): number => Math.round((a + (b - a) * t) * 1000) / 1000;
  return { fontSize: lerp(f.fontSize), lineHeight: lerp(f.lineHeight), spacing: lerp(f.spacing) };
}
