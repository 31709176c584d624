import { details } from '@mlops-actions/markdown';
import { renderConfusion } from './confusion.ts';
import { curveCharts } from './curves.ts';
import { MODEL_PALETTE } from './palette.ts';
import type { Report } from './report.ts';
import { renderSlices } from './slices.ts';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The ROC and precision–recall charts (mermaid), with what they show and how they were drawn. */
function curvesSection(r: Report): string[] {
  const c = r.curves;
  if (!c) return [];
  const { roc, pr } = curveCharts(c);
  const auc = r.significance?.metrics.find((m) => m.metric === 'roc_auc');
  const why = auc ? '' : ` DeLong's test needs at least 2 positive and 2 negative examples, so ROC AUC is not tested.`;
  return [
    '### ROC and precision–recall curves',
    '',
    `${plural(c.positives + c.negatives, 'example')}, ${plural(c.positives, 'positive')}. Lines: ${MODEL_PALETTE.baseline.legend} baseline, ${MODEL_PALETTE.candidate.legend} candidate. ` +
      `The titles give the exact AUC and average precision; the lines are drawn at ${c.points} evenly spaced false-positive rates (ROC, interpolated along the curve) and recalls (precision–recall, the best precision at that recall or higher), since a chart's lines share their x values.${why}`,
    '',
    roc,
    '',
    details('Precision–recall curve', pr),
    '',
  ];
}

/** The pictures a reviewer expects from predictions: curves, confusion matrices, slices. */
export function renderPictures(r: Report, precision = 4): string[] {
  return [
    ...curvesSection(r),
    ...(r.confusion ? renderConfusion(r.confusion) : []),
    ...(r.slices ? renderSlices(r.slices, Math.min(precision, 3)) : []),
  ];
}
