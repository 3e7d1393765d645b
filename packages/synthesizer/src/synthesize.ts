import { WorldCoderError, type InitialCondition, type Transition } from "@worldcoder/core";
import type { ChatMessage, LlmClient } from "@worldcoder/llm";
import type { Sandbox } from "@worldcoder/sandbox";
import { Bm25Index } from "./bm25.js";
import type { DomainSpec } from "./domains/domain.js";
import { evaluateProgram, heuristicOf, type ProgramEvaluation } from "./evaluate-program.js";
import { completeWithParent, extractProgram } from "./extract-code.js";
import { initPrompt, optimismPrompt, refinePrompt, type FailureCase, type GoalExample } from "./prompts/build.js";
import { RexScheduler } from "./rex.js";
import type { Rng } from "./seeded-rng.js";

export type NodeOrigin = "given" | "init" | "refine" | "optimism" | "guess-reward";

/** One program in the refinement tree. */
export interface ProgramNode {
  id: number;
  parent: number | null;
  origin: NodeOrigin;
  source: string;
  evaluation: ProgramEvaluation;
  heuristic: number;
  /** The LLM call of this synthesis (1-based, failed answers included) that wrote it; null for a given program. */
  llmCall: number | null;
}

export interface SynthesisProblem {
  domain: DomainSpec;
  transitions: readonly Transition[];
  initials: readonly InitialCondition[];
  /** Programs to start from, e.g. the one carried over from the previous task; evaluated for free. */
  startPrograms?: readonly string[];
  /** Earlier goals with a trajectory each: BM25 finds the nearest ones for an unseen goal. */
  goalLibrary?: readonly GoalExample[];
}

export interface SynthesizerOptions {
  llm: LlmClient;
  sandbox: Sandbox;
  rng: Rng;
  /** LLM calls this synthesis may spend. */
  maxLlmCalls: number;
  /** REx's C (WorldCoder's bandits_c). */
  c?: number;
  temperature?: number;
  maxTokens?: number;
  /** Token budget of the experiences part of a prompt. */
  experienceTokens?: number;
  /** Require optimism (default true); off, a program that fits the data is accepted. */
  checkOptimism?: boolean;
  /**
   * Keep a fresh-draft arm in the bandit (default true), as the original's InitAction: when every
   * program in the tree scores poorly, a new first draft is often a better bet than another repair.
   */
  freshDrafts?: boolean;
  /** Remembers which (program, start) pairs were solved, across syntheses; see `evaluateProgram`. */
  solvedCache?: Set<string>;
  log?: (message: string) => void;
  /** Sees each program as soon as it is scored (bookkeeping; also reached when the synthesis later throws). */
  onNode?: (node: ProgramNode) => void;
}

export interface SynthesisResult {
  /** The accepted program (fits every transition and is optimistic), or null. */
  program: string | null;
  /** The best program found, accepted or not (ranked by data fit, then plan ratio). */
  best: ProgramNode | null;
  nodes: ProgramNode[];
  llmCalls: number;
  /** Answers with no usable code: counted, never thrown. */
  failedAnswers: number;
  /** LLM calls that refined an existing program (everything but first drafts). */
  refinements: number;
  stopReason: "accepted" | "budget";
}

const DEFAULT_MAX_TOKENS = 4_096;

/**
 * Writes a world-model program for the data: evaluates the given programs first (no LLM call when
 * one already satisfies the specification), drafts one if there is none, then refines with REx —
 * Thompson sampling over the tree picks which program to refine, a misprediction or a failed
 * optimism check decides how — until a program fits every transition and is optimistic, or the
 * call budget is spent.
 */
export async function synthesize(problem: SynthesisProblem, options: SynthesizerOptions): Promise<SynthesisResult> {
  const { domain, transitions, initials } = problem;
  const checkOptimism = (options.checkOptimism ?? true) && domain.optimism;
  const rex = new RexScheduler(options.rng.fork("rex"), { c: options.c });
  const choiceRng = options.rng.fork("prompt-choices");
  const nodes: ProgramNode[] = [];
  let llmCalls = 0;
  let failedAnswers = 0;
  let refinements = 0;
  const log = options.log ?? (() => {});

  const addNode = async (source: string, parent: number | null, origin: NodeOrigin, llmCall: number | null): Promise<ProgramNode> => {
    const evaluation = await evaluateProgram(options.sandbox, source, transitions, initials, (i) => domain.plannersFor(i.state, i.goal.text), {
      checkOptimism,
      solvedCache: options.solvedCache,
    });
    const node: ProgramNode = {
      id: nodes.length,
      parent,
      origin,
      source,
      evaluation,
      heuristic: heuristicOf(evaluation, transitions.length, checkOptimism ? initials.length : 0),
      llmCall,
    };
    nodes.push(node);
    options.onNode?.(node);
    rex.add(node.id, node.heuristic);
    log(
      `synthesizer: program ${node.id} (${origin}${parent === null ? "" : ` of ${parent}`}) fit ${fmt(evaluation.fitScore)}` +
        `${evaluation.solved === null ? "" : ` plan ${fmt(evaluation.planRatio)}`}${evaluation.loadError ? ` error ${evaluation.loadError}` : ""}`,
    );
    return node;
  };

  const finish = (stopReason: SynthesisResult["stopReason"]): SynthesisResult => {
    const accepted = nodes.find((n) => n.evaluation.perfect) ?? null;
    return {
      program: accepted?.source ?? null,
      best: accepted ?? bestNode(nodes),
      nodes,
      llmCalls,
      failedAnswers,
      refinements,
      stopReason,
    };
  };

  for (const source of problem.startPrograms ?? []) {
    const node = await addNode(source, null, "given", null);
    if (node.evaluation.perfect) return finish("accepted");
  }

  const ask = async (messages: ChatMessage[], purpose: string): Promise<string> => {
    llmCalls += 1;
    try {
      const response = await options.llm.complete(
        { messages, temperature: options.temperature ?? 1, maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS },
        purpose,
      );
      return response.content;
    } catch (error) {
      // A refusal or an empty/malformed answer is the model's behaviour: a failed answer, not a crash.
      if (error instanceof WorldCoderError && error.fault === "model") {
        log(`synthesizer: the model gave no answer (${error.code})`);
        return "";
      }
      throw error;
    }
  };

  const base = { domain, transitions, experienceTokens: options.experienceTokens };
  const FRESH = -1;
  const freshDrafts = options.freshDrafts ?? true;
  if (freshDrafts) rex.addFresh(FRESH);
  while (llmCalls < options.maxLlmCalls) {
    const pick = nodes.length === 0 ? FRESH : rex.select();
    const parent = pick === FRESH ? null : nodes[pick]!;
    const request: RefinementRequest =
      parent === null
        ? { messages: initPrompt(base), purpose: "synthesize-init", origin: "init" }
        : refinementRequest(parent, problem, choiceRng, base);
    const answer = await ask(request.messages, request.purpose);
    if (parent !== null) refinements += 1;
    const extracted = extractProgram(answer);
    const code = extracted.ok ? completeWithParent(extracted.code, parent?.source ?? null) : null;
    const failed = () => {
      if (parent !== null || freshDrafts) rex.recordRefinement(pick);
    };
    if (code === null) {
      failedAnswers += 1;
      failed();
      log(`synthesizer: ${parent === null ? "a first draft" : `the refinement of program ${parent.id}`} had no usable program`);
      continue;
    }
    const child = await addNode(code, parent?.id ?? null, request.origin, llmCalls);
    if (child.evaluation.perfect) return finish("accepted");
    failed();
  }
  return finish(nodes.some((n) => n.evaluation.perfect) ? "accepted" : "budget");
}

function fmt(x: number): string {
  return x.toFixed(3);
}

/** Best by data fit, then plan ratio, then the earlier program. */
export function bestNode(nodes: readonly ProgramNode[]): ProgramNode | null {
  let best: ProgramNode | null = null;
  for (const n of nodes) {
    if (
      best === null ||
      n.evaluation.fitScore > best.evaluation.fitScore ||
      (n.evaluation.fitScore === best.evaluation.fitScore && n.evaluation.planRatio > best.evaluation.planRatio)
    ) {
      best = n;
    }
  }
  return best;
}

interface RefinementRequest {
  messages: ChatMessage[];
  purpose: string;
  origin: NodeOrigin;
}

function refinementRequest(
  parent: ProgramNode,
  problem: SynthesisProblem,
  rng: Rng,
  base: { domain: DomainSpec; transitions: readonly Transition[]; experienceTokens?: number },
): RefinementRequest {
  const e = parent.evaluation;
  if (e.fitScore < 1 || e.loadError !== null) {
    const failure = pickFailure(parent, problem.transitions, rng);
    const explained = pickExplained(e.explained, failure.transition, problem.transitions, rng);
    return {
      messages: refinePrompt({ ...base, program: parent.source, explained, failure }),
      purpose: "synthesize-refine",
      origin: "refine",
    };
  }
  const unsolved = (e.solved ?? []).findIndex((s) => !s);
  const index = Math.max(0, unsolved);
  const initial = problem.initials[index]!;
  const seenGoals = new Set(problem.transitions.map((t) => t.goal.text));
  const unseenGoal = !seenGoals.has(initial.goal.text);
  const neighbours = unseenGoal ? nearestGoals(initial.goal.text, problem.goalLibrary ?? [], 3) : [];
  return {
    messages: optimismPrompt({
      ...base,
      program: parent.source,
      initial,
      searchSummary: e.searchSummaries[index] ?? "found no plan",
      neighbours,
      unseenGoal,
    }),
    purpose: unseenGoal ? "synthesize-guess-reward" : "synthesize-optimism",
    origin: unseenGoal ? "guess-reward" : "optimism",
  };
}

function pickFailure(parent: ProgramNode, transitions: readonly Transition[], rng: Rng): FailureCase {
  const e = parent.evaluation;
  if (e.mismatches.length > 0) {
    const m = rng.choice(e.mismatches);
    return { transition: m.transition, predicted: m.predicted };
  }
  // The program did not load: any transition shows the error.
  const t = transitions[rng.int(Math.max(1, transitions.length))] ?? transitions[0]!;
  return { transition: t, predicted: { error: e.loadError ?? "the program failed" } };
}

/** Up to 3 explained transitions, those with the failure's action first (they show the contrast). */
function pickExplained(explained: readonly boolean[], failure: Transition, transitions: readonly Transition[], rng: Rng): number[] {
  const ok = explained.map((v, i) => (v ? i : -1)).filter((i) => i >= 0);
  const same = ok.filter((i) => transitions[i]!.action === failure.action);
  const other = ok.filter((i) => transitions[i]!.action !== failure.action);
  const chosen: number[] = [];
  for (const pool of [same, other]) {
    const copy = [...pool];
    while (copy.length > 0 && chosen.length < 3) chosen.push(copy.splice(rng.int(copy.length), 1)[0]!);
  }
  return chosen.sort((a, b) => a - b);
}

/** The k earlier goals whose text is nearest to `goal` by BM25, one example each (successful first). */
export function nearestGoals(goal: string, library: readonly GoalExample[], k: number): GoalExample[] {
  const byGoal = new Map<string, GoalExample>();
  for (const ex of library) {
    if (ex.goal === goal) continue;
    const known = byGoal.get(ex.goal);
    if (!known || (!known.success && ex.success)) byGoal.set(ex.goal, ex);
  }
  const examples = [...byGoal.values()];
  if (examples.length === 0) return [];
  const index = new Bm25Index(examples.map((e) => e.goal));
  return index.top(goal, k).map((i) => examples[i]!);
}
