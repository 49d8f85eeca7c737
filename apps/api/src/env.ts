// Bindings and vars of the Worker (wrangler.jsonc); secrets come from `wrangler secret put` or .dev.vars.
export interface Env {
  DB: D1Database;
  /** "false" turns sign-up off (e.g. a private production deployment). */
  SIGNUP_ENABLED?: string;
  /** Default model for model-written handoffs (a Hugging Face model id, or any name an OpenAI-compatible server knows). */
  MODEL_ID?: string;
  /** Server-wide OpenAI-compatible endpoint (Ollama, llama.cpp, vLLM, TGI…); users may set their own. */
  MODEL_ENDPOINT?: string;
  /** Secret: server-wide token for the model endpoint / Hugging Face. */
  HF_TOKEN?: string;
  /** Milliseconds a model may take in all, and may stay silent, before the rules take over. */
  MODEL_TIMEOUT_MS?: string;
  MODEL_IDLE_TIMEOUT_MS?: string;
  /** Secret: encrypts users' model tokens at rest. */
  SETTINGS_KEY?: string;
}
