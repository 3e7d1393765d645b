import type { ProgramVersion } from "@worldcoder/agents";
import { escapeHtml } from "./format.js";
import { LEARNING_COLUMNS, LEARNING_NOTE, learningRow, type LearningRun } from "./learning.js";

export const LEARNING_STYLE = `
ul.tree{list-style:none;padding-left:18px;margin:2px 0;border-left:1px dotted #afb8c1}ul.tree.root{border-left:0;padding-left:0}
.tree summary{cursor:pointer}.badge{display:inline-block;padding:0 5px;margin-left:4px;border-radius:8px;font-size:11px;background:#eaeef2}
.badge.ok{background:#dafbe1;color:#116329}.badge.bad{background:#ffebe9;color:#a40e26}.badge.acc{background:#116329;color:#fff}
pre.diff span{display:block}pre.diff .add{background:#e6ffec}pre.diff .del{background:#ffebe9}pre.diff .hunk{color:#0550ae}pre.diff .head{color:#57606a}
.stepper a{margin-right:12px;font-size:12px}`;

/**
 * Opens the `<details>` a `#learn-…` link points at, and those around it, so prev/next links
 * step through the diffs; the page works without it (every node can be opened by hand).
 */
const STEPPER_SCRIPT = `<script>
function openTarget(){var t=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));for(var e=t;e;e=e.parentElement)if(e.tagName==="DETAILS")e.open=true;}
addEventListener("hashchange",openTarget);openTarget();
</script>`;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function nodeId(run: number, version: number): string {
  return `learn-${run}-v${version}`;
}

function badges(v: ProgramVersion): string {
  const b = (text: string, kind = "") => `<span class="badge${kind ? ` ${kind}` : ""}">${escapeHtml(text)}</span>`;
  const parts = [b(v.origin)];
  parts.push(b(v.llmCall === null ? `carried in · step ${v.envStep}` : `call ${v.llmCall} · step ${v.envStep}`));
  parts.push(v.loadError !== null ? b("did not load", "bad") : b(`fit ${v.fit.toFixed(3)}`, v.fit === 1 ? "ok" : "bad"));
  if (v.optimism !== null) {
    const passed = v.optimism.solved === v.optimism.starts;
    parts.push(b(`optimism ${v.optimism.solved}/${v.optimism.starts} ${passed ? "✓" : "✗"}`, passed ? "ok" : "bad"));
  }
  if (v.accepted) parts.push(b("accepted ✓", "acc"));
  if (v.mispredictedAt.length) parts.push(b(`mispredicted at step ${v.mispredictedAt.join(", ")}`, "bad"));
  if (v.rechecks.length) parts.push(b(`re-checked ×${v.rechecks.length}`));
  return parts.join("");
}

/** A unified diff with its lines marked added, removed, hunk header or file header. */
function renderDiff(diff: string): string {
  const lines = diff.replace(/\n$/, "").split("\n");
  const kind = (line: string) =>
    line.startsWith("+++") || line.startsWith("---") || line.startsWith("===") || line.startsWith("Index:") ? "head" : line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "";
  return `<pre class="diff"><code>${lines.map((line) => `<span${kind(line) ? ` class="${kind(line)}"` : ""}>${escapeHtml(line) || " "}</span>`).join("")}</code></pre>`;
}

function renderNode(runIndex: number, run: LearningRun, v: ProgramVersion, children: ReadonlyMap<number | null, ProgramVersion[]>): string {
  const prev = run.history[v.id - 1];
  const next = run.history[v.id + 1];
  const stepper = `<div class="stepper">${prev ? `<a href="#${nodeId(runIndex, prev.id)}">◀ v${prev.id}</a>` : ""}${next ? `<a href="#${nodeId(runIndex, next.id)}">v${next.id} ▶</a>` : ""}</div>`;
  const body = v.source !== null
    ? `<p class="note">Root: full source.</p><pre><code>${escapeHtml(v.source)}</code></pre>`
    : `<p class="note">Diff from v${v.parent}.</p>${renderDiff(v.diff ?? "")}`;
  const error = v.loadError !== null ? `<p class="note">Load error: ${escapeHtml(v.loadError)}</p>` : "";
  const kids = children.get(v.id) ?? [];
  const subtree = kids.length ? `<ul class="tree">${kids.map((k) => renderNode(runIndex, run, k, children)).join("")}</ul>` : "";
  return `<li><details id="${nodeId(runIndex, v.id)}"><summary><b>v${v.id}</b>${badges(v)}</summary>${stepper}${error}${body}</details>${subtree}</li>`;
}

/** The learning table, then per run its refinement tree (root → children), each node's diff inside. */
export function learningHtml(runs: readonly LearningRun[], table: (header: readonly string[], rows: readonly string[][]) => string): string[] {
  if (runs.length === 0) return [];
  const out = [`<h2 id="learning">Learning: per WorldCoder run</h2>`, `<p class="note">${escapeHtml(LEARNING_NOTE)}</p>`, table(LEARNING_COLUMNS, runs.map(learningRow))];
  out.push(`<p class="note">Refinement trees: each program version under the one it was refined from. Open a node for its diff from its parent (roots show their source); ◀ ▶ step through the versions in the order they were produced.</p>`);
  runs.forEach((run, runIndex) => {
    if (run.history.length === 0) return;
    const children = new Map<number | null, ProgramVersion[]>();
    for (const v of run.history) children.set(v.parent, [...(children.get(v.parent) ?? []), v]);
    const roots = children.get(null) ?? [];
    out.push(
      `<details class="run"><summary>${escapeHtml(run.jobId)} on ${escapeHtml(run.envId)}: ${plural(run.programsTried, "program")}, ${plural(run.optimismRejections, "optimism rejection")}</summary>` +
        `<ul class="tree root">${roots.map((root) => renderNode(runIndex, run, root, children)).join("")}</ul></details>`,
    );
  });
  out.push(STEPPER_SCRIPT);
  return out;
}
