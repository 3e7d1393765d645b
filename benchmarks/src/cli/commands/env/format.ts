import type { GoldenReport } from "@worldcoder/envs";

function short(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The verify report for people: per file, per env id, records and steps matched, then the first mismatch. */
export function formatGoldenReport(report: GoldenReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(`${file.ok ? "ok  " : "FAIL"} ${file.file} (${file.domain})`);
    const width = Math.max(...Object.keys(file.envs).map((id) => id.length));
    for (const [id, t] of Object.entries(file.envs)) {
      const steps = t.steps > 0 ? `  steps ${t.stepsMatched}/${t.steps}` : "";
      lines.push(`     ${id.padEnd(width)}  records ${t.recordsMatched}/${t.records}${steps}`);
    }
    const m = file.firstMismatch;
    if (m) {
      lines.push(`     first mismatch: ${m.record}, ${m.at}, field "${m.field}"`);
      lines.push(`       expected ${short(m.expected)}`);
      lines.push(`       actual   ${short(m.actual)}`);
    }
  }
  for (const s of report.skipped) lines.push(`skip ${s.file}: ${s.reason}`);
  lines.push(report.ok ? "all golden records match" : "golden records differ");
  return lines.join("\n") + "\n";
}
