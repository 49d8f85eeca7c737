// Input checks shared by the schema files; each failure is a BAD_USER_INPUT naming the field.
import { MAX_PAGE_SIZE } from "./builder.ts";
import { badInput } from "./errors.ts";

/** Trims `value` and checks its length; returns null for an absent optional value. */
export function text(value: string | null | undefined, field: string, opts: { min?: number; max: number }) {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed.length < (opts.min ?? 0)) {
    throw badInput(opts.min === 1 ? `${field} must not be empty` : `${field} needs ${opts.min}+ characters`, field);
  }
  if (trimmed.length > opts.max) throw badInput(`${field} is longer than ${opts.max} characters`, field);
  return trimmed;
}

export function requiredText(value: string | null | undefined, field: string, max: number) {
  const result = text(value, field, { min: 1, max });
  if (result == null) throw badInput(`${field} is required`, field);
  return result;
}

export function email(value: string) {
  const result = requiredText(value, "email", 254).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(result)) throw badInput("email is not a valid address", "email");
  return result;
}

export function nonNegativeInt(value: number | null | undefined, field: string) {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0) throw badInput(`${field} must be a whole number ≥ 0`, field);
  return value;
}

/** Connections accept `first` from 0 to MAX_PAGE_SIZE; a larger page is an error rather than a silent cut. */
export function checkPageArgs(args: { first?: number | null; last?: number | null }) {
  for (const key of ["first", "last"] as const) {
    const value = args[key];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`${key} must be between 0 and ${MAX_PAGE_SIZE}`, key);
    }
  }
}
