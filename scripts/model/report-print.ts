/** Tables for `npm run eval` and training runs: per category, per profile, side by side. */
import { CATEGORY_IDS, type CategoryId } from "../../src/types.js";
import { precision, recall, type ProfileReport } from "./metrics.js";

const pct = (x: number) => (Number.isNaN(x) ? "  –  " : x.toFixed(2).padStart(5));

export function short(c: string): string {
  return c.length > 24 ? `${c.slice(0, 23)}…` : c;
}

/** One line per category: recall and precision of each engine, with counts. */
export function categoryTable(title: string, reports: Array<{ name: string; report: ProfileReport }>): string[] {
  const lines = [title, `  ${"category".padEnd(25)}${reports.map((r) => `${r.name.padStart(10)} R     P   (tp/fn/fp)`.padEnd(30)).join("")}`];
  for (const c of CATEGORY_IDS) {
    const cells = reports.map(({ report }) => {
      const n = report.categories[c as CategoryId];
      if (!n) return "".padEnd(30);
      return `${pct(recall(n)).padStart(12)} ${pct(precision(n))} (${n.tp}/${n.fn}/${n.fp})`.padEnd(30);
    });
    lines.push(`  ${short(c).padEnd(25)}${cells.join("")}`);
  }
  lines.push(`  ${"macro".padEnd(25)}${reports.map(({ report }) => `${pct(report.macroRecall).padStart(12)} ${pct(report.macroPrecision)}`.padEnd(30)).join("")}`);
  lines.push(`  ${"benign flagged".padEnd(25)}${reports.map(({ report }) => `${`${report.benignFlagged}/${report.benign}`.padStart(12)} ${((100 * report.benignFlagged) / (report.benign || 1)).toFixed(1)}%`.padEnd(30)).join("")}`);
  return lines;
}

/** One line per profile: benign false positives and macro recall of each engine. */
export function profileTable(title: string, rows: Array<{ name: string; reports: ProfileReport[] }>): string[] {
  const lines = [title, `  ${"profile".padEnd(25)}${rows.map((r) => `${r.name.padStart(10)} benign FP      macro R`.padEnd(36)).join("")}`];
  const profiles = rows[0]!.reports.map((r) => r.profile);
  profiles.forEach((p, i) => {
    lines.push(
      `  ${p.padEnd(25)}${rows
        .map(({ reports }) => {
          const r = reports[i]!;
          return `${`${r.benignFlagged}/${r.benign}`.padStart(14)} ${((100 * r.benignFlagged) / (r.benign || 1)).toFixed(1).padStart(5)}%  ${pct(r.macroRecall)}`.padEnd(36);
        })
        .join("")}`,
    );
  });
  return lines;
}

export function confusionLines(report: ProfileReport, top = 12): string[] {
  return [...report.confusion]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `  ${String(v).padStart(4)}  ${k}`);
}
