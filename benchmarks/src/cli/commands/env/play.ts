import { createInterface, emitKeypressEvents } from "node:readline";
import type { Action, Env } from "@worldcoder/core";
import { UserInputError } from "@worldcoder/core";
import { envSpec, makeEnv } from "@worldcoder/envs";
import { GRID_HELP, GRID_KEYS, parseAction } from "./actions.js";

export interface PlayInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export interface PlayOptions {
  id: string;
  seed?: number;
  /** ALFWorld: a scene file or a golden transcript id. */
  scene?: string;
  /** Scripted actions: play them in order, print every frame, return (no keyboard). */
  actions?: string[];
  input: PlayInput;
  output: NodeJS.WritableStream;
}

export interface PlaySummary {
  steps: number;
  totalReward: number;
  terminated: boolean;
  truncated: boolean;
}

const CLEAR = "\x1b[2J\x1b[H";

/** One game in the terminal: the env, its frames, and what the last step returned. */
class Session {
  readonly env: Env;
  readonly domain: "sokoban" | "minigrid" | "alfworld";
  summary: PlaySummary = { steps: 0, totalReward: 0, terminated: false, truncated: false };
  private status = "";

  constructor(private readonly options: PlayOptions) {
    const spec = envSpec(options.id);
    this.domain = spec.domain;
    this.env = makeEnv(options.id, options.scene === undefined ? {} : { scene: options.scene });
    this.reset();
  }

  get over(): boolean {
    return this.summary.terminated || this.summary.truncated;
  }

  reset(): void {
    this.env.reset(this.options.seed);
    this.summary = { steps: 0, totalReward: 0, terminated: false, truncated: false };
    this.status = `reset${this.options.seed === undefined ? "" : ` (seed ${this.options.seed})`}`;
  }

  step(action: Action): void {
    const result = this.env.step(action);
    this.summary.steps++;
    this.summary.totalReward += result.reward;
    this.summary.terminated = result.terminated;
    this.summary.truncated = result.truncated;
    const name = this.env.actionSpace.kind === "discrete" ? this.env.actionSpace.names[action as number] : String(action);
    this.status = `step ${this.summary.steps}: ${name} → reward ${result.reward}` +
      (result.terminated ? ", terminated" : "") + (result.truncated ? ", truncated" : "");
  }

  frame(help: string): string {
    const end = this.over ? `episode over (return ${this.summary.totalReward}); r resets, q quits\n` : "";
    return `${this.env.id}  goal: ${this.env.goal().text}\n${this.env.render("text").trimEnd()}\n${this.status}\n${end}${help}\n`;
  }
}

function lineHelp(session: Session): string {
  const space = session.env.actionSpace;
  if (space.kind === "text") return "type a command (? lists the admissible ones, r resets, q quits)";
  return `type an action: ${space.names.map((n, i) => `${i} ${n}`).join(", ")} (r resets, q quits)`;
}

/**
 * `worldcoder env play`: keys on a terminal for grid envs, typed lines otherwise (ALFWorld commands,
 * or action names/indices when input is piped), scripted with `actions`.
 */
export async function playEnv(options: PlayOptions): Promise<PlaySummary> {
  const session = new Session(options);
  const out = options.output;
  if (options.actions) {
    out.write(session.frame(""));
    for (const text of options.actions) {
      if (session.over) break;
      session.step(parseAction(session.env.actionSpace, text));
      out.write(session.frame(""));
    }
    return session.summary;
  }
  if (session.domain !== "alfworld" && options.input.isTTY && options.input.setRawMode) {
    return playKeys(session, options.input, out);
  }
  return playLines(session, options.input, out);
}

async function playLines(session: Session, input: PlayInput, out: NodeJS.WritableStream): Promise<PlaySummary> {
  // On a terminal, readline edits the line and keeps a history (↑ recalls the last command).
  const tty = input.isTTY === true;
  const rl = createInterface({ input, output: tty ? out : undefined, terminal: tty, historySize: tty ? 200 : 0 });
  const prompt = (text = ""): void => {
    if (text) out.write(text);
    if (tty) rl.prompt();
    else out.write("> ");
  };
  rl.setPrompt("> ");
  // Ctrl-C on a terminal quits like q (readline would only pause the input otherwise).
  rl.on("SIGINT", () => rl.close());
  prompt(session.frame(lineHelp(session)));
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === "q" || line === "quit") break;
    if (line === "r" || line === "reset") {
      session.reset();
    } else if (line === "?" || line === "help") {
      const env = session.env as Env & { admissibleCommands?: () => string[] };
      prompt(env.admissibleCommands ? `${env.admissibleCommands().join("\n")}\n` : `${lineHelp(session)}\n`);
      continue;
    } else if (line === "") {
      prompt();
      continue;
    } else if (session.over) {
      prompt("the episode is over: r resets, q quits\n");
      continue;
    } else {
      const keyAction = session.domain === "alfworld" ? undefined : GRID_KEYS[session.domain][line];
      try {
        session.step(keyAction ?? parseAction(session.env.actionSpace, line));
      } catch (error) {
        if (!(error instanceof UserInputError)) throw error;
        prompt(`${error.message}\n`);
        continue;
      }
    }
    prompt(session.frame(lineHelp(session)));
  }
  rl.close();
  out.write("\n");
  return session.summary;
}

function playKeys(session: Session, input: PlayInput, out: NodeJS.WritableStream): Promise<PlaySummary> {
  const domain = session.domain as "minigrid" | "sokoban";
  const keys = GRID_KEYS[domain];
  const draw = (note = ""): void => {
    out.write(CLEAR + session.frame(GRID_HELP[domain]) + note);
  };
  return new Promise((resolve) => {
    emitKeypressEvents(input);
    input.setRawMode!(true);
    input.resume();
    const finish = (): void => {
      input.off("keypress", onKey);
      input.setRawMode!(false);
      input.pause();
      out.write("\n");
      resolve(session.summary);
    };
    const onKey = (_text: string, key: { name?: string; ctrl?: boolean; sequence?: string } | undefined): void => {
      const name = key?.name ?? _text;
      if (name === "q" || (key?.ctrl && name === "c")) return finish();
      if (name === "r") {
        session.reset();
        return draw();
      }
      if (session.over) return draw("the episode is over: r resets, q quits\n");
      const action = name === undefined ? undefined : keys[name];
      if (action === undefined) return draw(`unknown key ${JSON.stringify(key?.sequence ?? name)}\n`);
      session.step(action);
      draw();
    };
    input.on("keypress", onKey);
    draw();
  });
}
