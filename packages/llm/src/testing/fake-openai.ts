import { HttpResponse, delay, http, type HttpHandler } from "msw";

/** Base URL of the fake endpoint the tests record from. */
export const FAKE_OPENAI_URL = "https://fake-openai.test/v1";

export interface FakeOpenAiBehaviour {
  /** Model id the fake reports (default gpt-4o-mini-2024-07-18). */
  model?: string;
  /** Statuses to answer with before succeeding, in order (e.g. [429, 500]). */
  failFirst?: number[];
  /** Always answer with this status. */
  alwaysStatus?: number;
  /** Leave `usage` out, as some local servers do. */
  omitUsage?: boolean;
  /** Put the request's Authorization header into the answer (a careless proxy). */
  echoAuthorization?: boolean;
  /** Answer with this raw text instead of JSON. */
  rawBody?: string;
  /** Answer with this content (default: derived from the prompt and the call number). */
  content?: string | null;
  refusal?: string;
  /** Never answer (time-out tests). */
  hang?: boolean;
}

/**
 * Test double: hand-written MSW handlers playing an OpenAI-compatible chat endpoint. The
 * answer to call n is `answer n to: <last user message>`, so repeated identical prompts
 * get different answers, as sampling would.
 */
export function fakeOpenAiHandlers(behaviour: FakeOpenAiBehaviour = {}): { handlers: HttpHandler[]; requests: Request[] } {
  const requests: Request[] = [];
  let answered = 0;
  const failures = [...(behaviour.failFirst ?? [])];
  const handler = http.post(`${FAKE_OPENAI_URL}/chat/completions`, async ({ request }) => {
    requests.push(request);
    if (behaviour.hang) {
      await delay("infinite");
    }
    const status = failures.shift() ?? behaviour.alwaysStatus;
    if (status !== undefined) {
      return HttpResponse.json(
        { error: { message: `fake failure ${status}${behaviour.echoAuthorization ? ` for ${request.headers.get("authorization")}` : ""}`, type: "fake" } },
        // retry-after-ms 0: the SDK's backoff without the wait, so tests stay fast.
        { status, headers: { "retry-after-ms": "0" } },
      );
    }
    if (behaviour.rawBody !== undefined) return new HttpResponse(behaviour.rawBody, { status: 200, headers: { "content-type": "application/json" } });
    const body = (await request.json()) as { messages: { role: string; content: string }[] };
    answered += 1;
    const lastUser = [...body.messages].reverse().find((m) => m.role === "user")?.content ?? "";
    let content: string | null = behaviour.content === undefined ? `answer ${answered} to: ${lastUser}` : behaviour.content;
    if (behaviour.echoAuthorization) content = `${content} (you sent ${request.headers.get("authorization")})`;
    const model = behaviour.model ?? "gpt-4o-mini-2024-07-18";
    return HttpResponse.json({
      id: `chatcmpl-fake-${answered}`,
      object: "chat.completion",
      created: 1_700_000_000 + answered,
      model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content, refusal: behaviour.refusal ?? null },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      ...(behaviour.omitUsage ? {} : { usage: { prompt_tokens: 10 + answered, completion_tokens: 5 + answered, total_tokens: 15 + 2 * answered } }),
    });
  });
  return { handlers: [handler], requests };
}
