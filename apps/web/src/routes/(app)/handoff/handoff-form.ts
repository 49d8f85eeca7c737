// Checks for the AI handoff form (pasted notes → a new master handoff), with the API's limits
// (apps/api/src/schema/handoff-run.ts: generateHandoff), so mistakes are explained beside the field at once.
import type { GeneratorChoice } from "$lib/generator-choice";
import type { FriendlyError } from "$lib/graphql/errors";

export const NOTES_MAX = 500_000;

export interface HandoffFields {
  projectId: string;
  notes: string;
  /** "": let the API choose (the model when one is configured, else the rules). */
  generator: GeneratorChoice;
}

const invalid = (field: string, message: string): FriendlyError => ({ message, field, code: "BAD_USER_INPUT" });

export function validateHandoffFields(fields: HandoffFields): FriendlyError | null {
  if (!fields.projectId) return invalid("projectId", "Choose the project this handoff is for.");
  const notes = fields.notes.trim();
  if (!notes) return invalid("notes", "Paste your notes or the conversation: the handoff is written from them.");
  if (notes.length > NOTES_MAX) {
    return invalid(
      "notes",
      `That is ${notes.length.toLocaleString("en")} characters; at most ${NOTES_MAX.toLocaleString("en")} fit. ` +
        "Paste the most recent part of the conversation.",
    );
  }
  return null;
}

/** The API's input (call after validateHandoffFields passed). */
export function handoffInput(fields: HandoffFields) {
  return { projectId: fields.projectId, notes: fields.notes.trim(), generator: fields.generator || null };
}

/** Which project to preselect: the one in the link (?project=) if it is the viewer's, else the only one there is. */
export function initialProject(projects: readonly { id: string }[], fromUrl: string | null): string {
  if (fromUrl && projects.some((project) => project.id === fromUrl)) return fromUrl;
  return projects.length === 1 ? projects[0]!.id : "";
}
