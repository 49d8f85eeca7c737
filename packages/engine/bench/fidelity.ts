// Fidelity benchmark: replays every project of the corpus through the engine and scores the handoffs with
// the shared scorer, beside its two baselines; then the engine's time per MB against the parsers' alone.
//   node bench/fidelity.ts            (corpus: $BATON_CORPUS, else ../shared/corpus from the repo root)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { replay } from "../src/cli.ts";
import { detectFormat, parseTranscript, TranscriptParseError } from "../src/parse/index.ts";
import { LARGE_INPUTS, largeJsonl } from "./large-inputs.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const corpus = resolve(process.env.BATON_CORPUS ?? join(repoRoot, "../shared/corpus"));
const scorer = resolve(process.env.BATON_SCORER ?? join(corpus, "../eval/score.mjs"));
const outRoot = resolve(process.env.BATON_BENCH_OUT ?? join(repoRoot, "node_modules/.cache/baton-bench"));
const budget = Number(process.env.BATON_BUDGET ?? 2000);

interface Score {
  recall: number;
  carriedRecall: number;
  finalRecall: number;
  meanTokens: number;
}
interface Scored {
  project: string;
  handoff: Score;
  tail: Score;
  recent: Score;
}
interface SessionSummary {
  bytes: number;
  tokens: number;
  parseMs: number;
  engineMs: number;
}

const projects = readdirSync(corpus)
  .filter((name) => statSync(join(corpus, name)).isDirectory() && existsSync(join(corpus, name, "PROBES.json")))
  .sort();
const rows: Array<{ scored: Scored; maxTokens: number }> = [];
let bytes = 0;
let parseMs = 0;
let engineMs = 0;
for (const project of projects) {
  const out = join(outRoot, project);
  const summary = (await replay({ dir: join(corpus, project), out, budget })) as { sessions: SessionSummary[] };
  for (const s of summary.sessions) {
    bytes += s.bytes;
    parseMs += s.parseMs;
    engineMs += s.engineMs;
  }
  const scored = JSON.parse(
    execFileSync(process.execPath, [scorer, join(corpus, project), out, "--json"], { encoding: "utf8" }),
  ) as Scored;
  rows.push({ scored, maxTokens: Math.max(...summary.sessions.map((s) => s.tokens)) });
}

const f = (n: number | null) => (n == null ? "  -  " : n.toFixed(3));
const mean = (pick: (r: Scored) => number | null) => {
  const values = rows.map((r) => pick(r.scored)).filter((v): v is number => v != null);
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
};
console.log(`corpus ${corpus}, budget ${budget} Llama 3 tokens\n`);
console.log("project                 recall carried final  tokens(c/4) maxLlama3 | tail rec/car   | recent rec/car");
for (const { scored: s, maxTokens } of rows) {
  console.log(
    `${s.project.padEnd(23)} ${f(s.handoff.recall)}  ${f(s.handoff.carriedRecall)}  ${f(s.handoff.finalRecall)}  ${String(s.handoff.meanTokens).padStart(6)}     ${String(maxTokens).padStart(6)}  | ${f(s.tail.recall)} ${f(s.tail.carriedRecall)} | ${f(s.recent.recall)} ${f(s.recent.carriedRecall)}`,
  );
}
console.log(
  `${"MEAN".padEnd(23)} ${f(mean((s) => s.handoff.recall))}  ${f(mean((s) => s.handoff.carriedRecall))}  ${f(mean((s) => s.handoff.finalRecall))}  ${String(Math.round(mean((s) => s.handoff.meanTokens))).padStart(6)}            | ${f(mean((s) => s.tail.recall))} ${f(mean((s) => s.tail.carriedRecall))} | ${f(mean((s) => s.recent.recall))} ${f(mean((s) => s.recent.carriedRecall))}`,
);
const mb = bytes / 1e6;
console.log(
  `\nspeed: ${mb.toFixed(2)} MB of transcripts; engine ${(engineMs / mb).toFixed(0)} ms/MB (extract+merge+render+count), parse alone ${(parseMs / mb).toFixed(0)} ms/MB`,
);

// Large and adversarial inputs (the parser tests check they parse correctly): the slowest one's parse time per
// MB shows whether some shape makes a parser super-linear.
let worst = { name: "", msPerMb: 0 };
for (const [name, format, text] of [...LARGE_INPUTS, ["large Claude Code JSONL", "AUTO", largeJsonl()] as const]) {
  const started = performance.now();
  try {
    detectFormat(text);
    parseTranscript(text, format);
  } catch (error) {
    if (!(error instanceof TranscriptParseError)) throw error;
  }
  const msPerMb = (performance.now() - started) / (text.length / 1e6);
  if (msPerMb > worst.msPerMb) worst = { name, msPerMb };
}
console.log(`adversarial inputs: slowest parse ${worst.msPerMb.toFixed(0)} ms/MB (${worst.name})`);
