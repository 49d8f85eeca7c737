// Why a call to the model endpoint failed, in words for the person who set the endpoint up: the reason is stored
// on the handoff and shown in the app. @huggingface/inference's own messages name "providers" and "inference"
// (a 500 reads "Provider undefined does not seem to support chat completion…"), which says nothing to them.

interface HttpFailure {
  httpResponse?: { status?: number; body?: unknown };
}

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The message an OpenAI-compatible error body carries ({error: {message}}, {error: "…"}, {message}, {detail}). */
function bodyMessage(body: unknown): string | null {
  if (!body || typeof body !== "object") return typeof body === "string" && body.trim() ? body.trim() : null;
  const { error, message, detail } = body as { error?: unknown; message?: unknown; detail?: unknown };
  if (typeof error === "string") return error;
  if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
    return (error as { message: string }).message;
  }
  if (typeof message === "string") return message;
  if (typeof detail === "string") return detail;
  return null;
}

const HINTS: Record<number, string> = {
  401: "it did not accept the token; check the token in Settings",
  403: "it did not accept the token; check the token in Settings",
  404: "it knows no such model or address; check the model name and the endpoint URL in Settings",
  429: "it is limiting requests; try again later",
  503: "it is busy or still loading the model; try again later",
};

export function endpointFailureReason(error: unknown): string {
  const response = (error as HttpFailure | null)?.httpResponse;
  const status = response?.status;
  const detail = bodyMessage(response?.body);
  if (typeof status === "number" && status >= 400) {
    const said = detail ? ` (“${clip(detail)}”)` : "";
    const hint = HINTS[status] ?? (status >= 500 ? "the server behind it had a problem" : "it refused the request");
    return `the model endpoint answered HTTP ${status}${said}: ${hint}`;
  }
  const message = (error instanceof Error ? error.message : String(error)).replace(
    /^Failed to perform inference:\s*/,
    "",
  );
  if (/event stream content type/.test(message)) {
    const sent = message.replace(/^.*returned\s*/, "");
    return `the model endpoint did not stream its answer (it sent ${clip(sent || "no content type")}): is the URL an OpenAI-compatible /v1 endpoint?`;
  }
  const streamed = message.match(/^an occurred while streaming the response:\s*(.*)$/s);
  if (streamed) return `the model endpoint reported an error while writing: ${clip(streamed[1] ?? "")}`;
  if (error instanceof SyntaxError)
    return `the model endpoint sent a stream that is not OpenAI-compatible (${clip(message)})`;
  // fetch rejects with a TypeError when there is no connection (refused, DNS, TLS).
  if (error instanceof TypeError) return `the model endpoint could not be reached: ${clip(message)}`;
  return `the model endpoint failed: ${clip(message)}`;
}
