// Checks for a knowledge entry before it goes to the API, with the API's own limits
// (apps/api/src/schema/knowledge-mutations.ts), so common mistakes are explained beside the field at once.
import type { FriendlyError } from "$lib/graphql/errors";
import { isCategory, type KnowledgeCategory } from "./filters";

export const TITLE_MAX = 200;
export const CONTENT_MAX = 50_000;
export const TAGS_MAX = 20;
export const TAG_MAX = 50;

export interface EntryFields {
  title: string;
  content: string;
  /** "" until one is chosen. */
  category: string;
  /** As typed: comma-separated. */
  tags: string;
}

const invalid = (field: string, message: string): FriendlyError => ({ message, field, code: "BAD_USER_INPUT" });

/** "React, state ,react,, SSR" → ["react", "state", "ssr"]: the API stores tags trimmed and lower-cased. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export const formatTags = (tags: readonly string[]) => tags.join(", ");

export function validateEntryFields(fields: EntryFields): FriendlyError | null {
  const title = fields.title.trim();
  if (!title) return invalid("title", "Give the entry a title.");
  if (title.length > TITLE_MAX) {
    return invalid("title", `Keep the title under ${TITLE_MAX} characters (it has ${title.length}).`);
  }
  const content = fields.content.trim();
  if (!content) return invalid("content", "Write down what to keep: the pattern, the fix, the decision and why.");
  if (content.length > CONTENT_MAX) {
    return invalid("content", `Keep the content under ${CONTENT_MAX.toLocaleString("en")} characters.`);
  }
  if (!isCategory(fields.category)) return invalid("category", "Choose a category.");
  const tags = parseTags(fields.tags);
  if (tags.length > TAGS_MAX) return invalid("tags", `Use at most ${TAGS_MAX} tags (there are ${tags.length}).`);
  const long = tags.find((tag) => tag.length > TAG_MAX);
  if (long) return invalid("tags", `Keep each tag under ${TAG_MAX} characters ("${long.slice(0, 20)}…" is longer).`);
  return null;
}

/** The fields as the API takes them (call after validateEntryFields passed). */
export function entryInput(fields: EntryFields) {
  return {
    title: fields.title.trim(),
    content: fields.content.trim(),
    category: fields.category as KnowledgeCategory,
    tags: parseTags(fields.tags),
  };
}
