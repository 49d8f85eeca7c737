// Checks for project name and description before they go to the API, with the API's own limits
// (apps/api/src/schema/project.ts), so the common mistakes are explained without a round trip.
import type { FriendlyError } from "$lib/graphql/errors";

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 10_000;

export interface ProjectFields {
  name: string;
  description: string;
}

const invalid = (field: string, message: string): FriendlyError => ({ message, field, code: "BAD_USER_INPUT" });

export function validateProjectFields(fields: ProjectFields): FriendlyError | null {
  const name = fields.name.trim();
  if (!name) return invalid("name", "Give the project a name.");
  if (name.length > NAME_MAX)
    return invalid("name", `Keep the name under ${NAME_MAX} characters (it has ${name.length}).`);
  if (fields.description.trim().length > DESCRIPTION_MAX) {
    return invalid("description", `Keep the description under ${DESCRIPTION_MAX.toLocaleString("en")} characters.`);
  }
  return null;
}

/** The API's input: trimmed, with an empty description sent as null (no description). */
export function projectInput(fields: ProjectFields): { name: string; description: string | null } {
  return { name: fields.name.trim(), description: fields.description.trim() || null };
}
