/**
 * The colours of baseline and candidate in every chart of the comparison (ROC and precision–recall
 * curves, training curves and plots): Tableau's blue and orange, the pair the drift report uses for
 * reference and current, apart for colour-blind readers and readable on GitHub's light and dark
 * themes. `legend` is the nearest emoji square, for text legends (mermaid's xychart draws none).
 */
export const MODEL_PALETTE = {
  baseline: { color: '#4c78a8', legend: '🟦' },
  candidate: { color: '#f58518', legend: '🟧' },
} as const;
