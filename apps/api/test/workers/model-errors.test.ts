// The reasons stored when a model endpoint fails, built from the errors @huggingface/inference throws.
import { InferenceClientProviderApiError } from "@huggingface/inference";
import { describe, expect, test } from "vitest";
import { endpointFailureReason } from "../../src/services/model-errors.ts";

const request = { url: "http://127.0.0.1:1/v1/chat/completions", method: "POST", headers: {} };
type Body = ConstructorParameters<typeof InferenceClientProviderApiError>[2]["body"];
const apiError = (message: string, status: number, body: Body) =>
  new InferenceClientProviderApiError(message, request, { requestId: "", status, body });

describe("endpointFailureReason", () => {
  test.each([
    [
      401,
      { error: { message: "invalid api key" } },
      "HTTP 401 (“invalid api key”): it did not accept the token; check the token in Settings",
    ],
    [
      404,
      { detail: "model 'llama9' not found" },
      "HTTP 404 (“model 'llama9' not found”): it knows no such model or address; check the model name and the endpoint URL in Settings",
    ],
    [429, "", "HTTP 429: it is limiting requests; try again later"],
    [502, { message: "bad gateway" }, "HTTP 502 (“bad gateway”): the server behind it had a problem"],
    [400, { error: "max_tokens too large" }, "HTTP 400 (“max_tokens too large”): it refused the request"],
  ])("HTTP %i names the status, what the server said, and what to do", (status, body, reason) => {
    const error = apiError("Failed to perform inference: Provider undefined does not seem to support…", status, body);
    expect(endpointFailureReason(error)).toBe(`the model endpoint answered ${reason}`);
  });

  test("an answer that is not a stream points at the URL", () => {
    const error = apiError(
      "Failed to perform inference: server does not support event stream content type, it returned text/html",
      200,
      "",
    );
    expect(endpointFailureReason(error)).toBe(
      "the model endpoint did not stream its answer (it sent text/html): is the URL an OpenAI-compatible /v1 endpoint?",
    );
  });

  test("an error event inside the stream, a garbled stream, no connection", () => {
    const inStream = apiError(
      "Failed to perform inference: an occurred while streaming the response: context length exceeded",
      200,
      {},
    );
    expect(endpointFailureReason(inStream)).toBe(
      "the model endpoint reported an error while writing: context length exceeded",
    );
    expect(endpointFailureReason(new SyntaxError("Unexpected token 'x'"))).toBe(
      "the model endpoint sent a stream that is not OpenAI-compatible (Unexpected token 'x')",
    );
    expect(endpointFailureReason(new TypeError("Network connection lost."))).toBe(
      "the model endpoint could not be reached: Network connection lost.",
    );
    expect(endpointFailureReason(new Error("x".repeat(500)))).toHaveLength("the model endpoint failed: ".length + 200);
  });
});
