export { escapeText, escapeCell, code, link } from './escape.ts';
export { table, details, type Align } from './blocks.ts';
export { xyChart, barChart, chartNumber, label as mermaidLabel, type XYChartOptions, type BarChartOptions } from './mermaid.ts';
export { formatBytes } from './bytes.ts';
