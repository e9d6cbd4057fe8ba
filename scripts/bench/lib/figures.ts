// The figures every benchmark reports for the one summary table that `npm run bench` prints at the end:
// figure, Chromium, Firefox, target, pass/fail. Each benchmark records its figures in test-results/bench/ (one JSON
// file per benchmark and browser); scripts/bench.ts reads them all and prints the table.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type BenchBrowser = 'chromium' | 'firefox';

export interface Figure {
  /** What is measured, in words (the row of the table). Rows are in the order the benchmarks record them. */
  figure: string;
  browser: BenchBrowser;
  /** null when the browser cannot measure it (the note says why). */
  value: number | null;
  unit: 'ms' | '×' | 'KB' | 'MB' | '';
  /** Passes when value ≤ max; no target: reported only. */
  max?: number;
  note?: string;
}

const DIR = new URL('../../../test-results/bench/', import.meta.url).pathname;

/** Forgets the figures of earlier runs (npm run bench calls this first). */
export function clearFigures(): void {
  rmSync(DIR, { recursive: true, force: true });
}

export function recordFigures(bench: string, browser: BenchBrowser, figures: Figure[]): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, `${bench}-${browser}.json`), `${JSON.stringify(figures, null, 1)}\n`);
}

export function readFigures(): Figure[] {
  let names: string[] = [];
  try {
    names = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Figure[]);
}

function format(value: number | null, unit: Figure['unit']): string {
  if (value === null) return 'n/a';
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toFixed(digits)}${unit === '' ? '' : unit === '×' ? '×' : ` ${unit}`}`;
}

/** The one table: a row per figure, a column per browser, the target and whether every measured value meets it. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = new Map<string, { chromium?: Figure; firefox?: Figure }>();
  for (const figure of figures) {
    const row = rows.get(figure.figure) ?? {};
    row[figure.browser] = figure;
    rows.set(figure.figure, row);
  }
  const lines: string[][] = [['figure', 'Chromium', 'Firefox', 'target', 'pass/fail']];
  const notes: string[] = [];
  for (const [name, row] of rows) {
    const any = row.chromium ?? row.firefox!;
    const measured = [row.chromium, row.firefox].filter((f): f is Figure => f !== undefined && f.value !== null);
    const target = any.max === undefined ? '(report)' : `≤ ${format(any.max, any.unit)}`;
    const verdict = any.max === undefined ? '' : measured.length === 0 ? 'n/a' : measured.every((f) => f.value! <= any.max!) ? 'pass' : 'FAIL';
    const cell = (f: Figure | undefined): string => {
      if (!f) return '—';
      if (f.note) notes.push(`${name} (${f.browser}): ${f.note}`);
      return format(f.value, f.unit);
    };
    lines.push([name, cell(row.chromium), cell(row.firefox), target, verdict]);
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((line) => line[i]!.length)));
  const render = (line: string[]): string => `| ${line.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [render(lines[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.slice(1).map(render)];
  if (notes.length > 0) out.push('', ...[...new Set(notes)].map((note) => `- ${note}`));
  return out.join('\n');
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
