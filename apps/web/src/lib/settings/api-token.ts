// The personal API token form's check, with the API's limit (apps/api/src/schema/user.ts).
import type { FriendlyError } from "$lib/graphql/errors";

export const TOKEN_NAME_MAX = 100;

export function validateTokenName(name: string): FriendlyError | null {
  const trimmed = name.trim();
  if (!trimmed)
    return {
      code: "BAD_USER_INPUT",
      field: "name",
      message: "Name the token after what will use it, for example “CI” or “laptop CLI”.",
    };
  if (trimmed.length > TOKEN_NAME_MAX)
    return { code: "BAD_USER_INPUT", field: "name", message: `Keep the name under ${TOKEN_NAME_MAX} characters.` };
  return null;
}
