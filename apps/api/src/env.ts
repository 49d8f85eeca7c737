// Bindings and vars of the Worker (wrangler.jsonc); secrets come from `wrangler secret put` or .dev.vars.
export interface Env {
  DB: D1Database;
  /** "false" turns sign-up off (e.g. a private production deployment). */
  SIGNUP_ENABLED?: string;
  /** Default model for model-written handoffs. */
  MODEL_ID?: string;
}
