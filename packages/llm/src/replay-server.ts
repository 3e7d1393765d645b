import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { recordingKey, canonicalRequest } from "./request-key.js";
import type { CassetteExchange } from "./cassette.js";

/** Base URL of replayed calls: `.invalid` never resolves, so nothing can leak to a real network. */
export const REPLAY_BASE_URL = "http://replay.worldcoder.invalid/v1";
/** Names the cassette a replayed request is served from. Not a secret: an opaque per-client id. */
export const CASSETTE_HEADER = "x-worldcoder-cassette";
export const OCCURRENCE_HEADER = "x-worldcoder-occurrence";
/** The error `type` the replay handler answers a miss with; the client turns it into CassetteMissError. */
export const MISS_ERROR_TYPE = "worldcoder_cassette_miss";

/** What the shared handler needs of one replaying client. */
export interface ReplaySource {
  lookup(key: string): CassetteExchange | undefined;
}

const sources = new Map<string, ReplaySource>();
let server: ReturnType<typeof setupServer> | undefined;
let users = 0;
let nextId = 0;

const handler = http.post("*/chat/completions", async ({ request }) => {
  const id = request.headers.get(CASSETTE_HEADER);
  // Without our header the request is none of ours: fall through to `onUnhandledRequest: 'error'`.
  if (id === null) return undefined;
  const source = sources.get(id);
  const occurrence = Number(request.headers.get(OCCURRENCE_HEADER) ?? "0");
  const body = (await request.json()) as Record<string, unknown>;
  const key = recordingKey(canonicalRequest(body), occurrence);
  const exchange = source?.lookup(key);
  if (!exchange) {
    return HttpResponse.json(
      { error: { type: MISS_ERROR_TYPE, code: "cassette_miss", message: `no recorded exchange for ${key}`, key } },
      { status: 404 },
    );
  }
  return HttpResponse.json(exchange.response, { status: 200 });
});

/**
 * Registers a cassette with the one MSW server of the process, starting it for the first
 * user. MSW patches the process's `fetch` globally, so concurrent jobs share one server
 * whose handler routes by the cassette header; the server stops when the last user leaves.
 */
export function attachReplaySource(source: ReplaySource): { id: string; detach: () => void } {
  const id = `cassette-${++nextId}`;
  sources.set(id, source);
  if (users === 0) {
    const started = setupServer(handler);
    started.listen({ onUnhandledRequest: "error" });
    server = started;
  }
  users += 1;
  let attached = true;
  return {
    id,
    detach: () => {
      if (!attached) return;
      attached = false;
      sources.delete(id);
      users -= 1;
      if (users === 0) {
        server?.close();
        server = undefined;
      }
    },
  };
}
