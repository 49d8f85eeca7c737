// A fake OpenAI-compatible chat server on 127.0.0.1 for the model-writer tests (vitest globalSetup, in Node).
// The requested model name picks the behaviour: fake-ok streams a valid draft, fake-stall goes silent,
// fake-fail answers 500, fake-busy 503 (GET /hits/fake-busy counts its requests), fake-invalid streams text that
// is not JSON, fake-schema streams JSON of the wrong shape.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

export const GOOD_DRAFT = {
  brief: "Baton test project: a CLI that syncs notes between machines.",
  state: "Sync over SSH works; conflict resolution is next.",
  items: [{ kind: "DECISION", text: "Use rsync over SSH for the transport, not a custom protocol" }],
};

function streamChunks(res: ServerResponse, pieces: string[], end = true) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  let i = 0;
  const next = () => {
    if (i < pieces.length) {
      const chunk = {
        id: "c",
        object: "chat.completion.chunk",
        created: 0,
        model: "fake",
        choices: [{ index: 0, delta: { content: pieces[i++] }, finish_reason: null }],
      };
      res.write(`data: ${JSON.stringify(chunk)}\n\n`);
      setTimeout(next, 20);
    } else if (end) {
      res.write(
        `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", created: 0, model: "fake", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`,
      );
      res.end("data: [DONE]\n\n");
    }
  };
  next();
}

const split = (text: string, size = 12) => text.match(new RegExp(`[\\s\\S]{1,${size}}`, "g")) ?? [];

export default async function setup(project: TestProject) {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url?.startsWith("/hits/")) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(hits.get(req.url.slice("/hits/".length)) ?? 0));
      return;
    }
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const model = (JSON.parse(body || "{}") as { model?: string }).model ?? "";
      hits.set(model, (hits.get(model) ?? 0) + 1);
      if (model === "fake-busy") {
        res.writeHead(503, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "Model is currently loading" }));
      } else if (model === "fake-fail") {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "model overloaded" } }));
      } else if (model === "fake-stall") {
        streamChunks(res, ['{"brief": "'], false);
      } else if (model === "fake-invalid") {
        streamChunks(res, split("Sure! Here is the handoff you asked for: {brief: nope"));
      } else if (model === "fake-schema") {
        streamChunks(res, split(JSON.stringify({ summary: "wrong shape" })));
      } else {
        streamChunks(res, split(`\`\`\`json\n${JSON.stringify(GOOD_DRAFT)}\n\`\`\``));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("fakeModelUrl", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

declare module "vitest" {
  export interface ProvidedContext {
    fakeModelUrl: string;
  }
}
