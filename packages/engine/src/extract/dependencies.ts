import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { writtenCode } from "./written.ts";

// Libraries a session added to the project: from install commands (npm/pnpm/yarn/bun, pip/uv/poetry, cargo,
// go, dotnet, gem, composer) and from edits that add entries to a manifest (mix.exs, *.csproj, package.json,
// pyproject.toml / requirements*.txt, Cargo.toml). Which libraries a project depends on stays true across
// sessions, and a next session should not re-decide it.

const INSTALL =
  /\b(?:npm (?:install|i|add)|pnpm (?:add|install|i)|yarn add|bun add|pip3? install|uv (?:add|pip install)|poetry add|cargo add|go get|dotnet add(?: \S+)? package|gem install|bundle add|composer require)\s+([^\n`"'|;&)]{2,160})/g;
// A package name, optionally scoped and versioned: @scope/name@^1.2, name==3.1, name>=2, name.Sub.
const PACKAGE = /^(?:@[\w.-]+\/)?[A-Za-z][\w.-]*(?:\[[\w,.-]+\])?(?:(?:@|==|>=|~=|<=|:)[\w.^~*-]+)?$/;
const MANIFEST_ENTRY: Array<[RegExp, RegExp]> = [
  [/mix\.exs$/i, /\{:([a-z_]\w*),\s*"([^"]+)"/g],
  [/\.(?:cs|fs|vb)proj$/i, /PackageReference\s+Include="([^"]+)"(?:\s+Version="([^"]+)")?/g],
  [/package\.json$/i, /"((?:@[\w.-]+\/)?[\w.-]+)"\s*:\s*"([\^~]?\d[^"]*)"/g],
  [
    /(?:pyproject\.toml|requirements[\w.-]*\.txt)$/i,
    /^[\s"']*([A-Za-z][\w.-]+)(?:\[[^\]]*\])?\s*((?:==|>=|~=|<=)\s*[\w.*]+)/gm,
  ],
  [/Cargo\.toml$/i, /^([\w-]+)\s*=\s*"(\d[^"]*)"/gm],
];
// An entry written as a tuple (mix's {:name, "~> 1.0"}) is shown as written: it is how the project names it.
const TUPLE = /^\{:/;
const OLD_SIDE = /<{7}\s*SEARCH[\s\S]*?={7}|-\s*old_?[Ss]tring\s*:[\s\S]*?(?=-\s*new_?[Ss]tring\s*:|$)/g;
const MAX_LISTED = 8;
const PROSE_WORD =
  /^(?:a|an|the|to|in|on|at|by|for|with|into|from|of|and|or|then|so|that|this|these|it|its|is|are|was|be|if|not|no|your|my|our|which|using|via|as|when|after|before|first|again|instead|now|also|globally|locally)$/i;

function fromCommand(args: string): string[] {
  const names: string[] = [];
  const words = args.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    // "-r requirements.txt", "-e .", "--save-dev": options and their file arguments are no packages.
    if (word.startsWith("-")) {
      if (/^-(?:r|e|c|t|-requirement|-editable|-target|-constraint)$/.test(word)) i++;
      continue;
    }
    // Arguments end where prose resumes ("pip install pre-commit to your user site", "… (fixing discovery)").
    if (PROSE_WORD.test(word) || /^[(#]/.test(word)) break;
    if (PACKAGE.test(word) && !/\.(?:txt|toml|cfg|lock|json)$|^v?\d/i.test(word)) names.push(word);
  }
  return names;
}

// Install commands count where commands are written: tool calls, code blocks, backticks. In prose, "pip
// install it in your user site" is advice, and its words are no package names.
const CODE_SPAN = /```[^\n]*\n([\s\S]*?)```|`([^`\n]+)`/g;

export function commandText(message: TranscriptMessage): string[] {
  if (message.content.length > 200_000) return [];
  if (message.role === "TOOL") return [message.content];
  if (!message.content.includes("`")) return [];
  return [...message.content.matchAll(CODE_SPAN)].map((m) => m[1] ?? m[2] ?? "");
}

function fromManifestEdit(path: string, content: string): string[] {
  const entry = MANIFEST_ENTRY.find(([file]) => file.test(path));
  if (!entry) return [];
  // Only what the edit adds: entries on the replaced side were there before.
  const added = content.replace(OLD_SIDE, "");
  const before = new Set([...content.matchAll(OLD_SIDE)].flatMap((m) => [...m[0].matchAll(entry[1])].map((e) => e[1])));
  return [...added.matchAll(entry[1])]
    .filter((m) => m[1] && !before.has(m[1]))
    .map((m) => (TUPLE.test(m[0]) ? `${m[0]}}` : m[2] ? `${m[1]} ${m[2].replace(/\s+/g, "")}` : (m[1] ?? "")));
}

/** One note listing the libraries the session added, or nothing. */
export function dependencyCandidates(messages: TranscriptMessage[]): Candidate[] {
  const found = new Map<string, string>();
  let last = 0;
  messages.forEach((message, ordinal) => {
    const names: string[] = [];
    for (const code of commandText(message))
      for (const m of code.matchAll(INSTALL)) names.push(...fromCommand(m[1] ?? ""));
    for (const [path, code] of writtenCode(message)) names.push(...fromManifestEdit(path, code));
    for (const name of names) {
      // A tuple entry ({:qr_code, "~> 3.0"}) is keyed by its name, as a command's "qr_code@3" is.
      const key = name
        .toLowerCase()
        .replace(/^\{:/, "")
        .replace(/[@=<>~^:, ].*$/, "");
      if (!found.has(key)) found.set(key, name);
      last = ordinal;
    }
  });
  if (found.size === 0) return [];
  const listed = [...found.values()].slice(0, MAX_LISTED);
  const candidate = makeCandidate("NOTE", `Dependencies added: ${listed.join(", ")}`, {
    ordinal: last,
    role: "ASSISTANT",
    position: last / Math.max(1, messages.length - 1),
    bonus: DEPENDENCY_BONUS,
  });
  // Keyed by the entries as the note writes them (with their versions): the bare name is also the name of the
  // files and modules that use the library, and the note says more than those lines do.
  candidate.keys = listed.map((entry) => entry.toLowerCase());
  return [candidate];
}

// A durable fact stated by the project's own manifest or install command: as good as a summary line.
const DEPENDENCY_BONUS = 12;
