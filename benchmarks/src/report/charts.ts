import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { EnvReport, Report } from "./schema.js";

/**
 * Vega numbers clip paths with a process-wide counter, so the same chart drawn twice gets
 * different ids. Renaming ids by order of appearance under a per-chart prefix makes the SVG
 * depend on the chart alone (and keeps ids unique when several charts share a page).
 */
export function stableSvgIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(/\bid="([^"]+)"/g)) {
    if (!names.has(match[1]!)) names.set(match[1]!, `${prefix}-${names.size + 1}`);
  }
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${names.get(id) ?? id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${names.get(id) ?? id})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${names.get(id) ?? id}"`);
}

export async function renderVegaLite(spec: TopLevelSpec, idPrefix: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return stableSvgIds(await view.toSVG(), idPrefix);
  } finally {
    view.finalize();
  }
}

/** Cumulative success of each agent against env steps (log axis), with the RL logs' learning curves. */
export function successCurveSpec(env: EnvReport): TopLevelSpec {
  const values = env.curves.flatMap((curve) =>
    // The caption says how each kind is computed; labels stay short enough not to be cut.
    curve.points.map((p) => ({ series: curve.kind === "log" ? curve.series : `${curve.series} (agent)`, envSteps: p.envSteps, successRate: p.successRate })),
  );
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: `${env.envId}: success vs env steps`, fontSize: 13 },
    width: 460,
    height: 220,
    data: { values },
    mark: { type: "line", interpolate: "step-after", clip: true, point: values.length < 40 },
    encoding: {
      x: { field: "envSteps", type: "quantitative", scale: { type: "log" }, title: "env steps (log)" },
      y: { field: "successRate", type: "quantitative", scale: { domain: [0, 1] }, title: "success rate" },
      color: { field: "series", type: "nominal", title: null, legend: { orient: "bottom", columns: 1, labelLimit: 460 } },
    },
  } as TopLevelSpec;
}

/** LLM tokens (input + output) spent per solved episode, per agent and env. */
export function tokensPerSolvedSpec(report: Report): TopLevelSpec {
  const values = report.envs.flatMap((env) =>
    env.agents
      .filter((row) => row.successes > 0 && row.promptTokens + row.completionTokens > 0)
      .map((row) => ({ env: env.envId, agent: row.agent, tokens: Math.round((row.promptTokens + row.completionTokens) / row.successes) })),
  );
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: "LLM tokens per solved episode", fontSize: 13 },
    width: { step: 28 },
    height: 200,
    data: { values },
    mark: "bar",
    encoding: {
      x: { field: "env", type: "nominal", title: null, axis: { labelAngle: -20, labelLimit: 220 } },
      xOffset: { field: "agent", type: "nominal" },
      y: { field: "tokens", type: "quantitative", title: "tokens per solved episode" },
      color: { field: "agent", type: "nominal", legend: { orient: "bottom" } },
    },
  } as TopLevelSpec;
}

export interface ReportCharts {
  successByEnv: Map<string, string>;
  /** Null when no agent that uses tokens solved an episode: an empty chart would say nothing. */
  tokensPerSolved: string | null;
}

export async function renderCharts(report: Report): Promise<ReportCharts> {
  const successByEnv = new Map<string, string>();
  let n = 0;
  for (const env of report.envs) successByEnv.set(env.envId, await renderVegaLite(successCurveSpec(env), `chart${++n}`));
  const tokens = tokensPerSolvedSpec(report);
  const hasTokens = ((tokens.data as { values: unknown[] }).values ?? []).length > 0;
  return { successByEnv, tokensPerSolved: hasTokens ? await renderVegaLite(tokens, "chart-tokens") : null };
}
