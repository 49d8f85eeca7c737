import type { TranscriptMessage } from "../types.ts";
import { addedLines } from "./added.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { keyOf, projectRoot } from "./paths.ts";
import { writtenCode } from "./written.ts";

// Settings a session gave the project: the key = value lines an edit adds to a configuration file
// ("requires-python = "==3.13.*"", "bank_account: "…"", "- id: check-toml"), and the environment variables
// and application settings its code reads, with their defaults (os.environ.get("APP_PORT", "8080")). Values
// like these are what a next session would otherwise have to dig out of the files again.

export const CONFIG_FILE =
  /(?:^|[/\\])config[/\\][\w.-]+\.(?:exs?|json|ya?ml|toml|ini|cfg)$|(?:config|settings)[\w.-]*\.(?:json|ya?ml|toml|ini|cfg|exs)$|(?:^|[/\\])\.env(?:\.\w+)?$|docker-compose[\w.-]*\.ya?ml$|\.(?:toml|ini|cfg|properties|conf)$|(?:^|[/\\])(?:package|tsconfig|composer)\.json$/i;
// One setting per line: "key = value", "key: value", "\"key\": value", "- key: value" (YAML list items).
const SETTING =
  /^\s{0,8}(?:-\s+)?["']?([A-Za-z_][\w.-]*[A-Za-z0-9_])["']?(?::(?=\s)|\s*=)\s*(?!`)("[^"]{0,60}"|'[^']{0,60}'|[^\s#,{}][^#{}]{0,59}?)\s*,?\s*(?:#.*)?$/;
// Version ranges of dependency entries are listed by the dependency note; tool fields ("- filePath:") are no settings.
const NOT_A_SETTING =
  /^(?:filePath|file_path|path|content|new_?[Ss]tring|old_?[Ss]tring|explanation|command|query|description|name)$/;
const DEPENDENCY_RANGE = /^["']?[\^~]\d/;
const MAX_SETTINGS = 6;

// Code reading its configuration: the variable or key, and the default when one is given.
const READS = [
  /\b(?:os\.environ\.get|os\.getenv|System\.get_env|Deno\.env\.get|env::var|os\.Getenv|Environment\.GetEnvironmentVariable|getenv|ENV\.fetch)\(\s*["']([A-Z][A-Z0-9_]{2,})["'](?:\s*,\s*("[^"\n]{0,40}"|'[^'\n]{0,40}'|[\w.-]{1,20}))?/g,
  /\b(?:process\.env|import\.meta\.env|os\.environ)(?:\.([A-Z][A-Z0-9_]{2,})|\[\s*["']([A-Z][A-Z0-9_]{2,})["']\s*\])(?:\s*(?:\?\?|\|\|)\s*("[^"\n]{0,40}"|'[^'\n]{0,40}'|[\w.-]{1,20}))?/g,
  /\bApplication\.(?:get_env|fetch_env!?)\(\s*:\w+\s*,\s*:(\w{3,})(?:\s*,\s*("[^"\n]{0,40}"|[\w.:-]{1,20}))?/g,
];

interface Setting {
  name: string;
  value: string;
  /** A YAML list item ("- id: check-toml"): its siblings share the name, so name and value identify it. */
  item?: boolean;
}

function settingsOf(lines: string[]): Setting[] {
  const found: Setting[] = [];
  for (const line of lines) {
    const m = SETTING.exec(line);
    const name = m?.[1];
    const value = m?.[2]?.trim();
    if (!name || !value || NOT_A_SETTING.test(name) || DEPENDENCY_RANGE.test(value) || value === "[") continue;
    found.push({ name, value, item: /^\s*-\s/.test(line) });
  }
  return found;
}

const MAY_READ = /env|ENV|Env/;

function readsOf(lines: string[]): Setting[] {
  const code = lines.join("\n");
  if (!MAY_READ.test(code)) return [];
  const found: Setting[] = [];
  for (const pattern of READS) {
    for (const m of code.matchAll(pattern)) {
      const groups = m.slice(1).filter((g) => g !== undefined);
      const [name, value] = groups;
      if (name) found.push({ name, value: value ?? "" });
    }
  }
  return found;
}

/** Later values win; each name once, in the order first set. */
function remember(into: Map<string, Setting>, settings: Setting[]): void {
  for (const s of settings) {
    const key = s.item ? `${s.name}=${s.value}` : s.name;
    const prev = into.get(key);
    into.set(key, prev && !s.value ? prev : s);
  }
}

function assigned(settings: Setting[]): string {
  return settings.map((s) => `${s.name} = ${s.value}`).join(", ");
}

function withDefaults(settings: Setting[]): string {
  return settings.map((s) => (s.value ? `${s.name} (default ${s.value})` : s.name)).join(", ");
}

export function settingCandidates(messages: TranscriptMessage[]): Candidate[] {
  const byFile = new Map<string, { path: string; settings: Map<string, Setting>; ordinal: number }>();
  const reads = new Map<string, Setting>();
  let readOrdinal = 0;
  const written: string[] = [];
  messages.forEach((message, ordinal) => {
    for (const [path, code] of writtenCode(message)) {
      written.push(path);
      // The code reads a setting whether this edit added the line or kept it.
      const read = MAY_READ.test(code) ? readsOf(addedLines(code, true)) : [];
      if (read.length > 0) {
        remember(reads, read);
        readOrdinal = ordinal;
      }
      if (!CONFIG_FILE.test(path)) continue;
      const settings = settingsOf(addedLines(code));
      if (settings.length === 0) continue;
      const entry = byFile.get(keyOf(path)) ?? { path, settings: new Map(), ordinal };
      remember(entry.settings, settings);
      entry.ordinal = ordinal;
      byFile.set(keyOf(path), entry);
    }
  });
  const n = Math.max(1, messages.length - 1);
  const out: Candidate[] = [];
  const root = projectRoot(written);
  for (const { path, settings, ordinal } of byFile.values()) {
    const listed = [...settings.values()].slice(-MAX_SETTINGS);
    const shown = root && path.replace(/\\/g, "/").toLowerCase().startsWith(root) ? path.slice(root.length) : path;
    const text = `\`${shown}\` sets ${assigned(listed)}`;
    out.push(note(text, ordinal, n, [keyOf(path), ...listed.map((s) => s.name.toLowerCase())]));
  }
  if (reads.size > 0) {
    const listed = [...reads.values()].slice(0, MAX_SETTINGS);
    const text = `Settings the code reads: ${withDefaults(listed)}`;
    out.push(
      note(
        text,
        readOrdinal,
        n,
        listed.map((s) => s.name.toLowerCase()),
      ),
    );
  }
  return out;
}

// Settings are stated by the files themselves: as reliable as a summary line.
const SETTING_BONUS = 12;

function note(text: string, ordinal: number, n: number, keys: string[]): Candidate {
  const candidate = makeCandidate("NOTE", text, {
    ordinal,
    role: "ASSISTANT",
    position: ordinal / n,
    bonus: SETTING_BONUS,
  });
  candidate.keys = keys.slice(0, 8);
  return candidate;
}
