// A fake OpenAI-compatible chat server on 127.0.0.1 for the browser tests: the API's Worker (wrangler dev) calls
// it as a user's model endpoint. The test decides how it answers, and can hold a stream half-way until it has
// seen the partial text in the page, so "the text streams in" is observed, not raced.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeAnswer =
  /** Streams `text` in small chunks; with `holdAfter`, stops after that many characters until `release()`. */
  | { kind: "stream"; text: string; holdAfter?: number }
  /** Answers with an HTTP error and an OpenAI-style error body. */
  | { kind: "http-error"; status: number; message: string };

export interface FakeRequest {
  path: string;
  authorization: string | undefined;
  model: string;
  /** Every message's content, joined: what the model was asked. */
  prompt: string;
}

export interface FakeModel {
  /** The endpoint URL to enter in Settings (ends in /v1, like Ollama's or vLLM's). */
  endpointUrl: string;
  requests: FakeRequest[];
  answerWith(answer: FakeAnswer): void;
  /** Lets a held stream send the rest of its text. */
  release(): void;
  close(): Promise<void>;
}

const CHUNK_CHARS = 8;
// Slow enough that the page shows the text growing (the API writes progress at most every 250 ms).
const CHUNK_DELAY_MS = 60;

const chunk = (delta: { content?: string }, finish: string | null = null) =>
  `data: ${JSON.stringify({
    id: "chatcmpl-fake",
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model: "fake",
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stream(res: ServerResponse, text: string, holdAfter: number, held: () => Promise<void>) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  let waited = false;
  for (let at = 0; at < text.length && !res.destroyed; at += CHUNK_CHARS) {
    if (!waited && at >= holdAfter) {
      waited = true;
      await held();
    }
    res.write(chunk({ content: text.slice(at, at + CHUNK_CHARS) }));
    await pause(CHUNK_DELAY_MS);
  }
  res.write(chunk({}, "stop"));
  res.end("data: [DONE]\n\n");
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.on("data", (part) => (body += part));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

export async function startFakeModel(): Promise<FakeModel> {
  const requests: FakeRequest[] = [];
  let answer: FakeAnswer = { kind: "http-error", status: 500, message: "no answer set up for this test" };
  let releaseHeld: () => void = () => {};
  let gate = Promise.resolve();
  const closeGate = () => {
    gate = new Promise<void>((resolve) => (releaseHeld = resolve));
  };

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    const json = JSON.parse(body || "{}") as { model?: string; messages?: { content: string }[] };
    requests.push({
      path: req.url,
      authorization: req.headers.authorization,
      model: json.model ?? "",
      prompt: (json.messages ?? []).map((m) => m.content).join("\n\n"),
    });
    const current = answer;
    if (current.kind === "http-error") {
      res.writeHead(current.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: current.message, type: "server_error" } }));
      return;
    }
    await stream(res, current.text, current.holdAfter ?? Number.POSITIVE_INFINITY, () => gate);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpointUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    answerWith(next) {
      answer = next;
      if (next.kind === "stream" && next.holdAfter !== undefined) closeGate();
    },
    release: () => releaseHeld(),
    close: () =>
      new Promise<void>((resolve) => {
        releaseHeld();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
