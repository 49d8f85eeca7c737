// The account form's checks and inputs, with the API's limits (apps/api/src/schema/account.ts).
import type { FriendlyError } from "$lib/graphql/errors";

export const ACCOUNT_NAME_MAX = 100;

export const PLATFORMS = ["CLAUDE", "CURSOR", "CHATGPT", "COPILOT", "CODEX", "AIDER", "GEMINI", "OTHER"] as const;
export type Platform = (typeof PLATFORMS)[number];

const PLATFORM_LABELS: Record<Platform, string> = {
  CLAUDE: "Claude",
  CURSOR: "Cursor",
  CHATGPT: "ChatGPT",
  COPILOT: "GitHub Copilot",
  CODEX: "Codex",
  AIDER: "Aider",
  GEMINI: "Gemini",
  OTHER: "Other",
};

export const platformLabel = (platform: string) => PLATFORM_LABELS[platform as Platform] ?? platform;

export interface AccountFields {
  platform: Platform;
  name: string;
  /** As typed: empty for "no credit limit". */
  creditsAvailable: string;
}

const invalid = (field: string, message: string): FriendlyError => ({ message, field, code: "BAD_USER_INPUT" });

export function validateAccount(fields: AccountFields): FriendlyError | null {
  const name = fields.name.trim();
  if (!name) return invalid("name", "Give the account a name, for example “Work Claude Pro”.");
  if (name.length > ACCOUNT_NAME_MAX) return invalid("name", `Keep the name under ${ACCOUNT_NAME_MAX} characters.`);
  const credits = fields.creditsAvailable.trim();
  if (credits && !/^\d+$/.test(credits)) {
    return invalid("creditsAvailable", "Enter the credits as a whole number (0 or more), or leave it empty.");
  }
  if (credits && !Number.isSafeInteger(Number(credits)))
    return invalid("creditsAvailable", "That number is too large.");
  return null;
}

/** The API's input: trimmed name, credits as a number or null (no limit; on update null clears it). */
export function accountInput(fields: AccountFields) {
  const credits = fields.creditsAvailable.trim();
  return { platform: fields.platform, name: fields.name.trim(), creditsAvailable: credits ? Number(credits) : null };
}

export interface AccountCredits {
  creditsAvailable: number | null;
  creditsUsed: number;
  creditsRemaining: number | null;
}

/** "120 of 500 credits used · 380 left", "120 credits used", "600 of 500 credits used · 100 over". */
export function creditsSummary(account: AccountCredits): string {
  const used = account.creditsUsed.toLocaleString("en");
  if (account.creditsAvailable == null || account.creditsRemaining == null) return `${used} credits used`;
  const of = `${used} of ${account.creditsAvailable.toLocaleString("en")} credits used`;
  return account.creditsRemaining >= 0
    ? `${of} · ${account.creditsRemaining.toLocaleString("en")} left`
    : `${of} · ${(-account.creditsRemaining).toLocaleString("en")} over`;
}

/** Totals of the usage days the API returns (one per day, days without use as 0). */
export function usageTotals(days: { sessions: number; creditsUsed: number }[]) {
  return days.reduce(
    (sum, day) => ({ sessions: sum.sessions + day.sessions, creditsUsed: sum.creditsUsed + day.creditsUsed }),
    {
      sessions: 0,
      creditsUsed: 0,
    },
  );
}
