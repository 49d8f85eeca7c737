// Text a person pasted from a terminal, a log or a source file rather than wrote: it can support an error,
// but it is no sentence to carry into the ledger.

const CODE_SYNTAX = "{}[]<>=;%#|\\";

const CODE_STATEMENT =
  /^(?:(?:async )?def [\w]+\(|class [A-Z]\w*[(:]|from [\w.]+ import [\w*(]|import [\w.]+(?:,\s*[\w.]+)*(?: as \w+)?$)/;

const COMPILER_DIAGNOSTIC = /\.\w{1,6}(?:\(\d+,\d+\)|:\d+:\d+):?\s+(?:-\s+)?(?:warning|note)\b/;

/**
 * Text pasted from a terminal or a log rather than written by a person: shell prompts, stack frames, rules of
 * dots or equals signs, hashes, or too few letters. It can support an error, but is no sentence to carry.
 */
export function isPastedOutput(text: string): boolean {
  if (
    /[.=_~*#-]{6,}|\w+@[\w.-]+ [\w.~/-]+ ?[%$#] |File "[^"]*", line \d+|\bSHA256:|^\s*at \S+ \(|\bTraceback\b|\+\d+ lines\b/.test(
      text,
    )
  )
    return true;
  // Identifiers in backticks are deliberate; judge the prose around them.
  const prose = text.replace(/`[^`]*`/g, "x");
  // A statement of code pasted into prose ends the way no sentence does: "…UseNLog();", "throw new X(…);".
  // A compiler's warning starts with the file and position: "Program.cs(41,14): warning CS0168: …",
  // "main.c:10:5: warning: …" (its advice, "use X instead of Y", is no decision; a pasted error stays: a blocker).
  if (/\)\s*;\s*$/.test(prose) || COMPILER_DIAGNOSTIC.test(text)) return true;
  // A line opening with a definition or an import ("def test_x(): …", "from pkg.mod import a, b") is code: people
  // write about functions and modules, they do not start a sentence with the keyword that declares one.
  if (CODE_STATEMENT.test(text)) return true;
  let letters = 0;
  let syntax = 0;
  for (const ch of prose) {
    if ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || ch === " ") letters++;
    else if (CODE_SYNTAX.includes(ch)) syntax++;
    else if (ch === ":" || ch === '"' || ch === ",") syntax += 0.5;
  }
  // Struct and object dumps ("%Guest{ meta: #Ecto.Schema.Metadata<…>, id: …}") are mostly letters, but
  // their brackets, colons and sigils give them away.
  return letters < prose.length * 0.6 || (prose.length > 60 && syntax > prose.length * 0.08);
}
