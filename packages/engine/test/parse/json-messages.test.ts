import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.ts";
import { roles } from "./helpers.ts";

describe("JSON_MESSAGES parser", () => {
  it("reads an array of {role, content} with string content", () => {
    const text = JSON.stringify([
      { role: "system", content: "Be brief." },
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello!" },
    ]);
    const result = parseTranscript(text, "JSON_MESSAGES");
    expect(result.messages).toEqual([
      { role: "SYSTEM", content: "Be brief." },
      { role: "USER", content: "Hi" },
      { role: "ASSISTANT", content: "Hello!" },
    ]);
    expect(result.sessionStarts).toEqual([0]);
  });

  it("reads {messages: […]} with content parts and the human/ai/model/function role names", () => {
    const text = JSON.stringify({
      title: "Parts",
      messages: [
        {
          role: "human",
          content: [{ type: "text", text: "part one" }, { type: "image_url" }, { type: "text", text: "two" }],
        },
        { role: "ai", content: [{ type: "text", text: "answer" }] },
        { role: "model", parts: [{ text: "gemini style" }] },
        { role: "function", content: "42" },
      ],
    });
    const result = parseTranscript(text, "JSON_MESSAGES");
    expect(result.title).toBe("Parts");
    expect(result.messages.map((message) => [message.role, message.content])).toEqual([
      ["USER", "part one"],
      ["USER", "two"],
      ["ASSISTANT", "answer"],
      ["ASSISTANT", "gemini style"],
      ["TOOL", "42"],
    ]);
  });

  it("turns OpenAI tool_calls into TOOL messages and keeps timestamps", () => {
    const text = JSON.stringify([
      { role: "user", content: "weather?", timestamp: "2024-06-01T10:00:00Z" },
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "c1", type: "function", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } }],
      },
      { role: "tool", tool_call_id: "c1", content: "12°C" },
    ]);
    const result = parseTranscript(text, "JSON_MESSAGES");
    expect(roles(result)).toEqual(["USER", "TOOL", "TOOL"]);
    expect(result.messages[0]?.createdAt).toBe("2024-06-01T10:00:00.000Z");
    expect(result.messages[1]?.content).toBe("get_weather city: Oslo");
  });

  it("reads JSON Lines with one message per line", () => {
    const text = '{"role":"user","content":"a"}\n{"role":"assistant","content":"b"}\n';
    expect(roles(parseTranscript(text))).toEqual(["USER", "ASSISTANT"]);
  });
});
