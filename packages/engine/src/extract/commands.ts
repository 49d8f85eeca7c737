import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";

// Commands to build, run and test: shell code blocks, backticked command lines and the agent's own tool
// calls. Ranked by how often they recur (a command run again and again is how the project is driven).

const SHELL_LANGS = new Set([
  "bash",
  "sh",
  "shell",
  "console",
  "zsh",
  "fish",
  "powershell",
  "ps",
  "ps1",
  "cmd",
  "bat",
  "terminal",
]);
const FENCED = /^\s*(`{3,}|~{3,})\s*([\w+#.-]*)\s*$/;
const INLINE = /`([a-z][\w.-]*(?: +[^`\n]{1,100}))`/g;
const TOOL_CALL =
  /\b(?:Bash|run_in_terminal|Shell|execute_command|run_command)(?:\s*\(|\s+command:)\s*(?:command\s*[:=]\s*)?["'`]?([^"'`\n]{2,160}?)(?:["'`)]|, description:|…|$)/gm;
const COMMAND_FIELD = /^\s*-\s*command:\s*`([^`\n]{2,200})`/gm;
const COMMAND_LINE = /^[a-z][\w.-]*(?:\s+[^\s].*)?$/;
// Exploration and file-shuffling commands say nothing about how to build, run or test the project.
const TRIVIAL =
  /^(?:ls|cd|cat|echo|grep|rg|find|head|tail|pwd|mkdir|rm|cp|mv|sed|awk|chmod|touch|which|wc|sort|less|more|clear|exit|sleep|kill|ps|open|code|vim?|nano|true|false|tree|diff|du|df|file|stat|man|type|whoami|uname|date|env|printenv|history|xattr|git (?:status|diff|log|show|add|rm|mv|clean|checkout|stash|branch|rev-parse|remote|fetch|reset|restore|commit|push|pull|merge|rebase|tag|clone|init|config|switch|cherry-pick))\b/;
// A line of source code in backticks ("const x = await f()", "import { y } from './z'") is no command.
const CODE_STATEMENT =
  /^(?:import|export|const|let|var|return|def|class|function|from|if|for|while|await|async|public|private)\b|\s=\s|;$/;
// A command cut off before its argument ("git commit -m", "python -c", "export PATH=") shows nothing to run;
// nor does one whose input was a here-document left behind ("python <<", "cat <<'EOF'").
const UNFINISHED = /(?:\s-[mce]|=|<<-?\s*(?:['"]?\w*['"]?)?)$/;
const PROSE_START =
  /^(?:a|an|the|and|or|to|is|are|if|in|on|for|of|with|this|that|it|we|you|i|not|no|yes|use|using|run|see|set|get|new|add|all|any)\s/i;

// A user turn that is one slash command with an argument runs the chat tool's own workflow ("/load
// context-files", "/run make test", "/test pytest -q"); commands that only steer the chat (ask, add or drop
// files, switch model, clear, undo…) say nothing about how the project is driven.
const SLASH_COMMAND = /^\/([a-z][\w-]*)\s+(\S[^\n]{0,100})$/;
const CHAT_CONTROL =
  /^(?:ask|code|architect|context|add|drop|read-only|model|models|editor-model|weak-model|clear|reset|exit|quit|undo|diff|commit|help|tokens|cost|compact|bug|web|paste|voice|copy|copy-context|ls|map|map-refresh|settings|chat-mode|mode|reasoning-effort|think-tokens|multiline-mode|init|login|logout|config|permissions|resume|review|memory|agents)$/;

interface CommandStats {
  command: string;
  weight: number;
  lastOrdinal: number;
}

// A call the agent describes as checking the project ("description: Run type checker", "Run the test
// suite", "Lint the package") shows how the work is verified: it counts as a recurring command even when run
// once, while one-off exploration still needs repeating.
const CHECKS_PROJECT =
  /\b(?:description|explanation|purpose)\s*[:=]\s*["']?(?:re-?)?(?:run|check|verify|execute)?\w*\s*(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:tests?|test suite|specs?|type[- ]?check\w*|typecheck\w*|lint\w*|build)\b/i;

const ROLE_WEIGHT = { USER: 3, ASSISTANT: 1, SYSTEM: 0.5, TOOL: 1 } as const;

// Output plumbing says how the agent read the output, not how to run the thing: "pytest -v 2>&1 | tail -20"
// is "pytest -v". Stripping it lets the variants count as one command.
const REDIRECT = /\s+(?:\d?>>?\s*(?:&\d|\/dev\/null|\S+\.(?:log|txt|out))|<\s*\/dev\/null)(?=\s|$)/g;
const READ_PIPE = /\s+\|\s*(?:head|tail|grep|rg|less|more|tee|wc|sort|uniq|cat|cut|sed|awk|jq|column)\b.*$/;

function clean(raw: string): string | null {
  const command = raw
    .replace(/^\s*(?:\$|>|PS [^>]*>|%)\s+/, "")
    .replace(READ_PIPE, "")
    .replace(REDIRECT, "")
    .replace(/\s+/g, " ")
    .trim();
  if (command.length < 4 || command.length > 140 || command.startsWith("#")) return null;
  if (!COMMAND_LINE.test(command) || TRIVIAL.test(command) || PROSE_START.test(command)) return null;
  if (!/\s/.test(command) || UNFINISHED.test(command) || CODE_STATEMENT.test(command)) return null;
  return command;
}

export function collectCommands(messages: TranscriptMessage[]): CommandStats[] {
  const stats = new Map<string, CommandStats>();
  const add = (raw: string, ordinal: number, weight: number): void => {
    // "cd repo && make test": each step counts on its own; the cd is dropped as trivial.
    for (const part of raw.split(/\s*(?:&&|;|\|\|)\s*/)) addOne(part, ordinal, weight);
  };
  const addOne = (raw: string, ordinal: number, weight: number): void => {
    const command = clean(raw);
    if (!command) return;
    const key = command.toLowerCase();
    const entry = stats.get(key) ?? { command, weight: 0, lastOrdinal: ordinal };
    entry.weight += weight;
    entry.lastOrdinal = ordinal;
    stats.set(key, entry);
  };
  messages.forEach((message, ordinal) => {
    const weight = ROLE_WEIGHT[message.role];
    const content = message.content;
    const slash = message.role === "USER" ? SLASH_COMMAND.exec(content.trim()) : null;
    if (slash && !CHAT_CONTROL.test(slash[1] ?? "")) {
      const command = content.trim().replace(/\s+/g, " ");
      const entry = stats.get(command.toLowerCase()) ?? { command, weight: 0, lastOrdinal: ordinal };
      entry.weight += weight;
      entry.lastOrdinal = ordinal;
      stats.set(command.toLowerCase(), entry);
    }
    if (content.includes("`")) for (const m of content.matchAll(INLINE)) add(m[1] ?? "", ordinal, weight);
    if (message.role === "TOOL") {
      const weight = CHECKS_PROJECT.test(content.slice(0, 600)) ? 2 : 1.5;
      for (const m of content.slice(0, 600).matchAll(TOOL_CALL)) add(m[1] ?? "", ordinal, weight);
      for (const m of content.slice(0, 600).matchAll(COMMAND_FIELD)) add(m[1] ?? "", ordinal, 1.5);
    }
    let shell = false;
    let inFence = false;
    for (const line of content.split("\n")) {
      const fence = FENCED.exec(line);
      if (fence) {
        inFence = !inFence;
        shell = inFence && SHELL_LANGS.has((fence[2] ?? "").toLowerCase());
        continue;
      }
      if (inFence && shell) add(line, ordinal, weight);
      else if (!inFence && /^\s*\$ \S/.test(line)) add(line, ordinal, weight);
    }
  });
  return [...stats.values()];
}

// Variants of one command differ in the files and options they are pointed at ("uv run pytest tests/a.py
// -v", "uv run pytest tests/b.py"): together they show how the project is driven. The family is the words
// before the first path or option; it is shown by its most used, most general variant.
function familyOf(command: string): string {
  const words = command.split(" ");
  const end = words.findIndex((w, i) => i > 0 && /^-|[/\\]|::|\.\w{1,5}$|^["'$]/.test(w));
  return (end < 0 ? words : words.slice(0, end)).join(" ").toLowerCase();
}

// The variant a reader can reuse: run often, and general (a long test id or path list is one run's target).
const shownScore = (c: CommandStats): number => c.weight - c.command.length / 40;

function byFamily(commands: CommandStats[]): CommandStats[] {
  const families = new Map<string, { best: CommandStats; weight: number; lastOrdinal: number }>();
  for (const c of commands) {
    const key = familyOf(c.command);
    const family = families.get(key);
    if (!family) {
      families.set(key, { best: c, weight: c.weight, lastOrdinal: c.lastOrdinal });
      continue;
    }
    family.weight += c.weight;
    family.lastOrdinal = Math.max(family.lastOrdinal, c.lastOrdinal);
    if (shownScore(c) > shownScore(family.best)) family.best = c;
  }
  return [...families.values()].map((f) => ({ command: f.best.command, weight: f.weight, lastOrdinal: f.lastOrdinal }));
}

export function commandCandidates(messages: TranscriptMessage[], limit: number): Candidate[] {
  const n = Math.max(1, messages.length - 1);
  return byFamily(collectCommands(messages))
    .filter((c) => c.weight >= 2)
    .map((c) => ({ c, score: Math.log2(1 + c.weight) * 4 + 2 * (c.lastOrdinal / n) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ c, score }) => {
      const candidate = makeCandidate("COMMAND", `\`${c.command}\``, {
        ordinal: c.lastOrdinal,
        role: "ASSISTANT",
        position: c.lastOrdinal / n,
        bonus: score,
      });
      candidate.keys = [c.command.toLowerCase()];
      return candidate;
    });
}
