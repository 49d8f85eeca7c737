// Development aid: the candidates one session file yields, best first.
//   node bench/candidates.ts <session-file> [filter-regex]
import { readFileSync } from "node:fs";
import { extractSession } from "../src/extract/session.ts";
import { parseTranscript } from "../src/parse/index.ts";

const [file, filter] = process.argv.slice(2);
if (!file) throw new Error("usage: candidates.ts <session-file> [filter-regex]");
const { messages } = parseTranscript(readFileSync(file, "utf8"));
const re = filter ? new RegExp(filter, "i") : null;
const candidates = extractSession(messages, { opensProject: true }).sort((a, b) => b.priority - a.priority);
for (const c of candidates) {
  if (re && !re.test(c.text)) continue;
  console.log(
    `${c.priority.toFixed(0).padStart(3)} ${c.kind.padEnd(10)} ${c.status.padEnd(8)} #${c.ordinal} ${c.text.slice(0, 150)}`,
  );
}
