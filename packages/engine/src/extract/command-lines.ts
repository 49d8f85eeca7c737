// Which text is a command line worth keeping: the shape of a command, none of the exploration, version checks,
// source code or prose that backticks and shell blocks also hold; output plumbing stripped.

const COMMAND_LINE = /^[a-z][\w.-]*(?:\s+[^\s].*)?$/;
// Exploration and file-shuffling commands say nothing about how to build, run or test the project.
const TRIVIAL =
  /^(?:ls|cd|cat|echo|grep|rg|find|head|tail|pwd|mkdir|rm|cp|mv|sed|awk|chmod|touch|which|wc|sort|less|more|clear|exit|sleep|kill|ps|open|code|vim?|nano|true|false|tree|diff|du|df|file|stat|man|type|whoami|uname|date|env|printenv|history|xattr|git (?:status|diff|log|show|add|rm|mv|clean|checkout|stash|branch|rev-parse|remote|fetch|reset|restore|commit|push|pull|merge|rebase|tag|clone|init|config|switch|cherry-pick))\b/;
// Asking a tool for its version or usage ("python --version", "gh version", "uv --help") checks what is installed; it says
// nothing about how the project is built, run or tested.
const VERSION_QUERY = /^[a-z][\w.-]* (?:--version|version|--help)$/;
// A package named at its source ("mylib @ file:///home/me/mylib", "pkg[cli] @ git+https://…") is how an installer
// names what it builds or failed to build, not a command anyone runs.
const PACKAGE_REFERENCE = /^[\w.-]+(?:\[[\w,-]+\])? @ [a-z][\w+.-]*:\/\//i;
// A line of source code in backticks ("const x = await f()", "import { y } from './z'") is no command.
const CODE_STATEMENT =
  /^(?:import|export|const|let|var|return|def|class|function|from|if|for|while|await|async|public|private)\b|\s=\s|;$/;
// A command cut off before its argument ("git commit -m", "python -c", "export PATH=") shows nothing to run;
// nor does one whose input was a here-document left behind ("python <<", "cat <<'EOF'").
const UNFINISHED = /(?:\s-[mce]|=|<<-?\s*(?:['"]?\w*['"]?)?)$/;
const PROSE_START =
  /^(?:a|an|the|and|or|to|is|are|if|in|on|for|of|with|this|that|it|we|you|i|not|no|yes|use|using|run|see|set|get|new|add|all|any)\s/i;

// Output plumbing says how the agent read the output, not how to run the thing: "pytest -v 2>&1 | tail -20"
// is "pytest -v". Stripping it lets the variants count as one command.
const REDIRECT = /\s+(?:\d?>>?\s*(?:&\d|\/dev\/null|\S+\.(?:log|txt|out))|<\s*\/dev\/null)(?=\s|$)/g;
const READ_PIPE = /\s+\|\s*(?:head|tail|grep|rg|less|more|tee|wc|sort|uniq|cat|cut|sed|awk|jq|column)\b.*$/;

export function clean(raw: string): string | null {
  const command = raw
    .replace(/^\s*(?:\$|>|PS [^>]*>|%)\s+/, "")
    .replace(READ_PIPE, "")
    .replace(REDIRECT, "")
    .replace(/\s+/g, " ")
    .trim();
  if (command.length < 4 || command.length > 140 || command.startsWith("#")) return null;
  if (!COMMAND_LINE.test(command) || TRIVIAL.test(command) || PROSE_START.test(command)) return null;
  if (VERSION_QUERY.test(command) || PACKAGE_REFERENCE.test(command)) return null;
  if (!/\s/.test(command) || UNFINISHED.test(command) || CODE_STATEMENT.test(command)) return null;
  return command;
}
