// Development aid: which probe facts a replay misses, and whether the ledger holds them at all
// (extraction miss) or only the prompt lacks them (selection miss).
//   node bench/diagnose.ts <project-dir> <handoff-dir> [session]
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [projectDir, handoffDir, only] = process.argv.slice(2);
if (!projectDir || !handoffDir) throw new Error("usage: diagnose.ts <project-dir> <handoff-dir> [session]");
interface Fact {
  id: string;
  session: number;
  kind: string;
  text: string;
  keys: string[][];
  alive_until: number | null;
}
const probes = JSON.parse(readFileSync(join(projectDir, "PROBES.json"), "utf8")) as {
  sessions: string[];
  facts: Fact[];
};
const ledger = JSON.parse(readFileSync(join(handoffDir, "ledger.json"), "utf8")) as {
  items: Array<{ text: string; firstSession: number }>;
};
const present = (f: Fact, t: string) => f.keys.every((g) => g.some((a) => t.includes(a.toLowerCase())));
for (let n = 1; n <= probes.sessions.length; n++) {
  if (only && Number(only) !== n) continue;
  const text = readFileSync(join(handoffDir, `handoff-${String(n).padStart(2, "0")}.md`), "utf8").toLowerCase();
  const ledgerText = ledger.items
    .filter((i) => i.firstSession <= n)
    .map((i) => i.text)
    .join("\n")
    .toLowerCase();
  const expected = probes.facts.filter((f) => f.session <= n && (f.alive_until == null || f.alive_until >= n));
  const missing = expected.filter((f) => !present(f, text));
  console.log(`\n== session ${n}: ${expected.length - missing.length}/${expected.length}`);
  for (const f of missing) {
    const where = present(f, ledgerText) ? "LEDGER" : "ABSENT";
    console.log(`  ${where} ${f.id} s${f.session} ${f.kind} ${JSON.stringify(f.keys)} :: ${f.text.slice(0, 110)}`);
  }
}
