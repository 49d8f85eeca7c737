import { FILE_EXT } from "../text/terms.ts";

// Paths as people and tools write them: finding them in text, telling files from prose, and showing them
// relative to the project's checkout. Keys compare paths case-insensitively with / and \\ treated alike.

export interface FileStats {
  path: string;
  weight: number;
  created: boolean;
  lastOrdinal: number;
  description: string;
  /** Names the file defines (modules, classes, functions), read from the code written to it. */
  symbols: string[];
}

// (An extension is where a name ends: "com.apple" in "…/com.apple.BKAgentService/Data/" is no file name. A file
// or folder name may start with a dot: ".pre-commit-config.yaml", ".github/"; bare dotfiles such as
// .env, .gitignore or .npmrc have no extension and are matched by their conventional names.)
// (On Windows, folder names often hold spaces, "C:\Users\ann\My Projects\shop\Program.cs": after a drive
// letter, words joined by single spaces are one folder name when a backslash follows them; compilers there
// write a position after the file, "Program.cs(41,14): warning". A folder path that stops at such a space,
// "C:\Users\me\Lokale Git Repositories\shop", is no path.)
export const PATH =
  /(?<![\w@$.\\/*:-])[A-Za-z]:\\(?:[\w@$.-]+(?: [\w@$.()-]+)*\\)+[\w@$-][\w@$.-]*\.[A-Za-z][\w]{0,9}(?![\w/\\]|\((?!\d+,\d+\))|\.\w)|(?<![\w@$.\\/*:-])(?:~\/|\.{1,2}\/|\/|[A-Za-z]:\\)?(?:\.?[\w@$-][\w@$.-]*[/\\])*\.?[\w@$-][\w@$.-]*\.[A-Za-z][\w]{0,9}(?![\w/\\(]|\.\w)|(?<![\w@$.\\/*:-])(?:[\w@$.-]+[/\\])*\.(?:env(?:\.[a-z]+)?|[a-z]+(?:rc|ignore)|editorconfig|cursorrules|windsurfrules|clinerules)(?![\w/\\(-]|\.\w)|(?<![\w@$.\\/*:-])(?:~\/|\.{1,2}\/|\/|[A-Za-z]:\\)?(?:[\w@$.-]+[/\\]){1,}[\w@$-][\w@$.-]*[/\\]?(?![\w(/\\]|(?: [A-Z][\w-]*)+\\)/g;
const DOTFILE =
  /(?:^|[/\\])\.(?:env(?:\.[a-z]+)?|[a-z]+(?:rc|ignore)|editorconfig|cursorrules|windsurfrules|clinerules)$/;
const EXT = new RegExp(`\\.(?:${FILE_EXT})$`, "i");
export const PATH_FIELD = /^\s*[-*]?\s*(?:filePath|file_path|path|dirPath|notebook_path)\s*[:=]/;
const NOT_FILES =
  /^(?:e\.g|i\.e|etc|vs|v\d|\d[\d.]*|[a-z]+\.(?:com|org|io|net|dev|ai))$|^https?:|\/\/|(?:^|[/\\])(?:node_modules|site-packages|\.git|__pycache__|dist|build|obj|bin)(?:[/\\]|$)|\.(?:vsidx|pyc|map|min\.js|lock)$/i;
export function keyOf(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").toLowerCase();
}

// "\n" written out inside JSON-escaped tool input looks like a Windows separator ("clients\n\n").
const ESCAPED_NEWLINE = /\\[nrt](?![A-Za-z0-9])/;

// Namespaces are written with capitalised segments ("Phoenix.LiveView.JS", "QRCode.CorrectLevel.H"); file
// names on disk do not end in an upper-case extension after another capitalised segment.
const NAMESPACE = /^(?:[A-Z]\w*\.)+[A-Z][A-Z0-9]*$|^(?:[a-z_$][\w$]*\.)*[A-Z]\w*\.[A-Z]\w*\.[A-Z]\w*$/;
// Agents keep their own plans, transcripts and settings in hidden folders of the home directory.
const AGENT_HOME = /^(?:\/home\/[^/]+|\/Users\/[^/]+|~)\/\.[\w-]+\//;

export function plausible(path: string): boolean {
  if (path.length < 4 || path.length > 200 || NOT_FILES.test(path) || ESCAPED_NEWLINE.test(path)) return false;
  if (NAMESPACE.test(path) || AGENT_HOME.test(path)) return false;
  // A file at the root of the file system ("/__init__.py") is a path cut from its directory.
  if (/^[/\\][^/\\]+$/.test(path) || path.startsWith("-")) return false;
  if (EXT.test(path) || DOTFILE.test(path)) return true;
  // Without a known extension only a clear directory path counts ("a/b" is as often prose: "and/or").
  return path.split(/[/\\]/).filter(Boolean).length >= 3;
}

const ABSOLUTE = /^(?:\/|~\/|[A-Za-z]:\\)/;

// Conventional top-level folders of a checkout: the directory holding them is the project root. (Names
// that are as often a project's own name, like app or web, are left out.)
const SOURCE_DIRS = new Set(
  "src lib test tests spec specs priv config docs doc packages assets scripts public include cmd internal pkg .github .claude .cursor".split(
    " ",
  ),
);

/**
 * The checkout most absolute paths of the session live under, so paths can be shown relative to it, as
 * people write them: the folder holding src/, lib/, tests/…, else the deepest prefix most paths share.
 */
export function projectRoot(paths: string[]): string {
  // Compared without case: the same checkout is written "HaaV/CatalogService" by one tool and "haav/catalogservice"
  // by another on file systems that ignore case (Windows, macOS).
  const absolute = paths.filter((p) => ABSOLUTE.test(p)).map((p) => p.replace(/\\/g, "/").toLowerCase());
  const votes = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const path of absolute) {
    const parts = path.split("/");
    const at = parts.findIndex((part, i) => i >= 2 && i < parts.length - 1 && SOURCE_DIRS.has(part));
    if (at > 0) {
      const root = `${parts.slice(0, at).join("/")}/`;
      votes.set(root, (votes.get(root) ?? 0) + 1);
    }
    for (let depth = 3; depth < parts.length; depth++) {
      const prefix = `${parts.slice(0, depth).join("/")}/`;
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  const voted = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (voted && voted[1] >= 2) return voted[0];
  let best = "";
  for (const [prefix, count] of counts) {
    if (count >= 2 && count >= absolute.length * 0.5 && prefix.length > best.length) best = prefix;
  }
  return best;
}

export function relativize(stats: Map<string, FileStats>): Map<string, FileStats> {
  const root = projectRoot([...stats.values()].map((s) => s.path));
  const out = new Map<string, FileStats>();
  for (const entry of stats.values()) {
    const normal = entry.path.replace(/\\/g, "/");
    const lower = normal.toLowerCase();
    if (root && `${lower}/`.startsWith(root) && lower.length < root.length) continue;
    if (root && lower.startsWith(root)) entry.path = normal.slice(root.length);
    // A path outside the checkout is a place (where the app's data or a tool's state lives): kept whole.
    const limit = ABSOLUTE.test(entry.path) ? 10 : 6;
    if (!entry.path || entry.path.split(/[/\\]/).filter(Boolean).length > limit) continue;
    const key = keyOf(entry.path);
    const prev = out.get(key);
    if (prev) {
      prev.weight += entry.weight;
      prev.created ||= entry.created;
      prev.description ||= entry.description;
      prev.lastOrdinal = Math.max(prev.lastOrdinal, entry.lastOrdinal);
      mergeSymbols(prev, entry);
    } else out.set(key, entry);
  }
  return out;
}

export function mergeSymbols(into: FileStats, from: FileStats): void {
  for (const name of from.symbols) if (!into.symbols.includes(name)) into.symbols.push(name);
}
