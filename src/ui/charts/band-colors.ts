import { ADEQUATE_THRESHOLD, ASSET_THRESHOLD, TOTAL_MAX, TOTAL_MIN } from '../../domain/scoring';

// Band zone colours, chosen for contrast on white and distinguishable with colour
// blindness (they also differ in lightness, and every zone is labelled in text).
export const BAND_COLORS = {
  atRisk: '#f4c7c3',
  adequate: '#fbe3a6',
  asset: '#bfe3c9',
} as const;

export const CHART_INK = '#1d2a3a';
export const CHART_ACCENT = '#1f5fae';

/** The three band zones of the 7–35 total scale, lowest first (SPEC §3 thresholds). */
export const BAND_ZONES = [
  { band: 'atRisk', from: TOTAL_MIN, to: ADEQUATE_THRESHOLD },
  { band: 'adequate', from: ADEQUATE_THRESHOLD, to: ASSET_THRESHOLD },
  { band: 'asset', from: ASSET_THRESHOLD, to: TOTAL_MAX },
] as const;
