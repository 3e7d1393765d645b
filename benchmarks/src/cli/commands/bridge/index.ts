import { resolve } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { UserInputError } from "@worldcoder/core";

function positiveNumber(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative number`);
    return n;
  };
}

interface BridgeFlags {
  inbox: string;
  port: number;
  modelId: string;
  answeredBy?: string;
  timeout: number;
  countTokensAs?: string;
  json?: boolean;
}

/**
 * `worldcoder bridge --inbox DIR`: an OpenAI-compatible endpoint on 127.0.0.1 whose model is
 * whoever answers the inbox; how to record with it is in packages/llm/README.md ("The bridge").
 */
export function registerBridge(program: Command): void {
  program
    .command("bridge")
    .description("serve an OpenAI-compatible chat endpoint on 127.0.0.1 answered through an inbox folder (for recording cassettes)")
    .requiredOption("--inbox <dir>", "folder for NNNN.request.md / .json and the NNNN.answer.md replies")
    .option("--port <n>", "port on 127.0.0.1 (0 picks a free one)", positiveNumber("--port"), 8787)
    .option("--model-id <id>", "model id the bridge reports and cassettes record", "bridge/assistant")
    .option("--answered-by <who>", "who answers, when an answer's front matter does not say")
    .option("--timeout <seconds>", "how long to wait for each answer before a 504", positiveNumber("--timeout"), 1800)
    .option("--count-tokens-as <model>", "count usage with this model's tokenizer (default: o200k_base)")
    .option("--json", "print the endpoint as JSON")
    .action(async (flags: BridgeFlags) => {
      const { startBridge } = await import("@worldcoder/llm");
      let bridge;
      try {
        bridge = await startBridge({
          inbox: resolve(flags.inbox),
          port: flags.port,
          modelId: flags.modelId,
          answeredBy: flags.answeredBy,
          timeoutMs: flags.timeout * 1000,
          countTokensAs: flags.countTokensAs,
          log: flags.json ? undefined : (line) => process.stderr.write(`bridge: ${line}\n`),
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
          throw new UserInputError("BRIDGE_PORT_IN_USE", `port ${flags.port} is in use: pick another with --port`, { cause: error });
        }
        throw error;
      }
      const info = { url: bridge.url, inbox: resolve(flags.inbox), modelId: flags.modelId };
      process.stdout.write(
        flags.json
          ? `${JSON.stringify(info)}\n`
          : [
              `bridge   ${bridge.url} (model ${flags.modelId})`,
              `inbox    ${info.inbox}`,
              `record   OPENAI_BASE_URL=${bridge.url} WORLDCODER_MODE=record WORLDCODER_MODEL=${flags.modelId} pnpm worldcoder bench …`,
              "stop     Ctrl-C (writes STOP in the inbox for the answerers)",
              "",
            ].join("\n"),
      );
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          void bridge.close().then(done);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
    });
}
