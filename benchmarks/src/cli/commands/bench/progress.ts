import cliProgress from "cli-progress";
import type { RunEvent } from "../../../runner/run-suite.js";

/** A bar on a TTY, one plain line per job otherwise (CI logs, pipes). Both on stderr. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { onEvent: (event: RunEvent) => void; stop: () => void } {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: "bench {bar} {value}/{total} jobs | {last}", hideCursor: true, stream, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    return {
      onEvent(event) {
        if (event.type === "start") bar.start(event.total, event.alreadyDone, { last: event.alreadyDone ? `resumed ${event.alreadyDone}` : "" });
        if (event.type === "job-done") bar.update(event.done, { last: `${event.record.jobId} ${event.record.status}` });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    onEvent(event) {
      if (event.type === "start") stream.write(`bench: ${event.total} job(s)${event.alreadyDone ? `, ${event.alreadyDone} already done` : ""}\n`);
      if (event.type === "job-done") {
        const solved = event.record.tasks.reduce((sum, t) => sum + t.successes, 0);
        const episodes = event.record.tasks.reduce((sum, t) => sum + t.episodes.length, 0);
        const detail = event.record.status === "ok" ? `${solved}/${episodes} episodes solved` : `error ${event.record.error?.code}: ${event.record.error?.message}`;
        stream.write(`[${event.done}/${event.total}] ${event.record.jobId} ${detail} (${(event.timing.wallMs / 1000).toFixed(1)} s)\n`);
      }
    },
    stop: () => {},
  };
}
