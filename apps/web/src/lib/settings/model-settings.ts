// The model settings form's checks and the input it sends. Limits are the API's (apps/api/src/schema/settings.ts);
// only fields the person changed are sent, so saving the endpoint does not pin today's default model.
import type { FriendlyError } from "$lib/graphql/errors";

export const MODEL_MAX = 200;
export const ENDPOINT_MAX = 2000;
export const TOKEN_MAX = 4096;

export interface SavedModelSettings {
  model: string;
  endpointUrl: string | null;
}

export interface ModelSettingsDraft {
  model: string;
  endpointUrl: string;
  /** A new token to store; null leaves the stored one (or none) as it is. */
  token: string | null;
}

export interface ModelSettingsInput {
  model?: string;
  endpointUrl?: string;
  token?: string;
}

const invalid = (field: string, message: string): FriendlyError => ({ message, field, code: "BAD_USER_INPUT" });

/** Why `value` is not an endpoint URL the API accepts, or null when it is (or is empty: no endpoint). */
export function endpointUrlProblem(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.length > ENDPOINT_MAX) return `Keep the URL under ${ENDPOINT_MAX.toLocaleString("en")} characters.`;
  // "localhost:11434" parses as a URL with the scheme "localhost:", so a missing scheme is caught first.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    return "Start the URL with http:// or https://, for example http://localhost:11434/v1.";
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return "Enter a full URL starting with http:// or https://, for example http://localhost:11434/v1.";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `The endpoint must be an http:// or https:// URL, not ${url.protocol}//.`;
  }
  if (!url.hostname) return "The URL needs a host name, for example http://localhost:11434/v1.";
  return null;
}

export function validateModelSettings(draft: ModelSettingsDraft): FriendlyError | null {
  if (draft.model.trim().length > MODEL_MAX)
    return invalid("model", `Keep the model id under ${MODEL_MAX} characters.`);
  const urlProblem = endpointUrlProblem(draft.endpointUrl);
  if (urlProblem) return invalid("endpointUrl", urlProblem);
  if (draft.token !== null) {
    if (!draft.token.trim()) return invalid("token", "Paste the new token, or cancel replacing it.");
    if (draft.token.trim().length > TOKEN_MAX)
      return invalid("token", `That token is longer than ${TOKEN_MAX} characters.`);
  }
  return null;
}

/** The changed fields, trimmed; an emptied model or endpoint is sent as "" (back to the default). */
export function modelSettingsInput(saved: SavedModelSettings, draft: ModelSettingsDraft): ModelSettingsInput {
  const input: ModelSettingsInput = {};
  const model = draft.model.trim();
  if (model !== saved.model) input.model = model;
  const endpointUrl = draft.endpointUrl.trim();
  if (endpointUrl !== (saved.endpointUrl ?? "")) input.endpointUrl = endpointUrl;
  if (draft.token !== null) input.token = draft.token.trim();
  return input;
}
