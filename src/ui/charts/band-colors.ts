// Band zone colours, chosen for contrast on white and distinguishable with colour
// blindness (they also differ in lightness, and every zone is labelled in text).
export const BAND_COLORS = {
  atRisk: '#f4c7c3',
  adequate: '#fbe3a6',
  asset: '#bfe3c9',
} as const;

export const CHART_INK = '#1d2a3a';
export const CHART_ACCENT = '#1f5fae';
