import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PaperFigure } from "./schema.js";

interface Anchor {
  domain: string;
  system: string;
  metric: string;
  value: string | number;
  env?: string;
  status: string;
  source: string;
}

/**
 * Figures the paper and its peers reported for the domains (and env ids, where an anchor
 * names one) this report covers, from `baselines/paper/anchors.json`.
 */
export function paperFigures(baselinesDir: string, domains: readonly string[], envIds: readonly string[]): PaperFigure[] {
  const file = join(baselinesDir, "paper", "anchors.json");
  if (!existsSync(file)) return [];
  const anchors = JSON.parse(readFileSync(file, "utf8")) as Anchor[];
  const wanted = new Set(domains);
  const envs = new Set(envIds);
  return anchors
    .filter((a) => (a.domain === "all" || wanted.has(a.domain)) && (a.env === undefined || envs.has(a.env)))
    .map((a) => ({
      domain: a.domain,
      system: a.system,
      metric: a.metric,
      value: String(a.value),
      ...(a.env ? { env: a.env } : {}),
      status: a.status,
      source: a.source,
    }));
}
