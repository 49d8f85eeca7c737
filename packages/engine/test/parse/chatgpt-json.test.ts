import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.ts";
import { readFixture, roles } from "./helpers.ts";

describe("CHATGPT_JSON parser", () => {
  const result = parseTranscript(readFixture("chatgpt-conversations.json"), "CHATGPT_JSON");

  it("orders conversations oldest first, one session each, titled after the first", () => {
    expect(result.sessionStarts).toEqual([0, 6]);
    expect(result.title).toBe("Picking a database");
    expect(result.messages[6]?.content).toBe("The browser blocks my fetch with a CORS error, see screenshot.");
  });

  it("follows the active branch from current_node, skipping the abandoned regeneration", () => {
    const all = result.messages.map((message) => message.content).join("\n");
    expect(all).not.toContain("abandoned");
    expect(result.messages[1]?.content).toBe("Use Postgres: you need concurrent writers and JSONB columns.");
  });

  it("marks tool calls and tool output as TOOL and drops hidden system messages and thoughts", () => {
    expect(roles(result)).toEqual(["USER", "ASSISTANT", "USER", "TOOL", "TOOL", "ASSISTANT", "USER", "ASSISTANT"]);
    expect(result.messages[3]?.content).toBe("python: print(open('docker-compose.yml').read())");
    expect(result.messages.some((message) => message.content.includes("CORS problem."))).toBe(false);
  });

  it("converts create_time to ISO timestamps", () => {
    expect(result.messages[0]?.createdAt).toBe(new Date(1717000010 * 1000).toISOString());
  });

  it("reads a single conversation object and picks the newest branch when current_node is missing", () => {
    const conversation = {
      title: "One",
      create_time: 1,
      mapping: {
        root: { id: "root", message: null, parent: null, children: ["q"] },
        q: {
          id: "q",
          parent: "root",
          children: ["old", "new"],
          message: { author: { role: "user" }, content: { content_type: "text", parts: ["question"] } },
        },
        old: {
          id: "old",
          parent: "q",
          children: [],
          message: { author: { role: "assistant" }, content: { content_type: "text", parts: ["old answer"] } },
        },
        new: {
          id: "new",
          parent: "q",
          children: [],
          message: { author: { role: "assistant" }, content: { content_type: "text", parts: ["new answer"] } },
        },
      },
    };
    const parsed = parseTranscript(JSON.stringify(conversation), "CHATGPT_JSON");
    expect(parsed.messages.map((message) => message.content)).toEqual(["question", "new answer"]);
    expect(parsed.title).toBe("One");
  });
});
