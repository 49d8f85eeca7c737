#!/usr/bin/env node
// handoff replay <dir> --out <out> [--budget N]
// Replays every session file of <dir> (file-name order) through the engine as sessions 1..N of one project,
// writes <out>/handoff-01.md, handoff-02.md, … and <out>/ledger.json, and prints a JSON summary on stdout.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { buildHandoffWith } from "./handoff.ts";
import { detectFormat, parseTranscript } from "./parse/index.ts";
import { DEFAULT_BUDGET } from "./render/prompt.ts";
import { loadTokenCounter } from "./render/tokens.ts";
import type { Ledger, TranscriptFormat } from "./types.ts";

const USAGE = "usage: handoff replay <dir> --out <out> [--budget N]";
const SKIP = /^(?:PROBES\.json|SOURCE\.txt|README(?:\..*)?|ledger\.json|handoff-\d+\.md)$/i;

interface Args {
  dir: string;
  out: string;
  budget: number;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== "replay") throw new Error(USAGE);
  const base = process.env.INIT_CWD ?? process.cwd();
  let dir: string | undefined;
  let out: string | undefined;
  let budget = DEFAULT_BUDGET;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--out") out = rest[++i];
    else if (arg === "--budget") budget = Number(rest[++i]);
    else if (arg?.startsWith("--out=")) out = arg.slice(6);
    else if (arg?.startsWith("--budget=")) budget = Number(arg.slice(9));
    else if (arg && !arg.startsWith("--") && dir === undefined) dir = arg;
    else throw new Error(`unexpected argument ${arg}\n${USAGE}`);
  }
  if (!dir || !out) throw new Error(USAGE);
  if (!Number.isInteger(budget) || budget < 50) throw new Error(`--budget must be an integer ≥ 50\n${USAGE}`);
  return { dir: resolve(base, dir), out: resolve(base, out), budget };
}

/** Session files of a folder in name order: anything a parser recognises, minus metadata and our output. */
export function sessionFiles(dir: string): Array<{ name: string; text: string; format: TranscriptFormat }> {
  const out: Array<{ name: string; text: string; format: TranscriptFormat }> = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || SKIP.test(name)) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const text = readFileSync(path, "utf8");
    const format = detectFormat(text);
    if (format) out.push({ name, text, format });
  }
  return out;
}

export async function replay(args: Args): Promise<object> {
  const counter = await loadTokenCounter();
  const files = sessionFiles(args.dir);
  if (files.length === 0) throw new Error(`no transcripts found in ${args.dir}`);
  mkdirSync(args.out, { recursive: true });
  const project = { name: basename(args.dir) };
  let ledger: Ledger | null = null;
  const sessions = [];
  for (const [i, file] of files.entries()) {
    const started = performance.now();
    const parsed = parseTranscript(file.text, file.format);
    const parsedAt = performance.now();
    const result = buildHandoffWith(
      { project, previous: ledger, session: { number: i + 1, messages: parsed.messages }, budget: args.budget },
      counter,
    );
    ledger = result.ledger;
    const name = `handoff-${String(i + 1).padStart(2, "0")}.md`;
    writeFileSync(join(args.out, name), result.prompt);
    sessions.push({
      session: i + 1,
      file: file.name,
      format: parsed.format,
      messages: parsed.messages.length,
      bytes: file.text.length,
      handoff: name,
      tokens: result.tokenCount,
      items: ledger.items.length,
      fidelity: result.fidelity,
      parseMs: Math.round((parsedAt - started) * 10) / 10,
      engineMs: Math.round((performance.now() - parsedAt) * 10) / 10,
    });
  }
  writeFileSync(join(args.out, "ledger.json"), `${JSON.stringify(ledger, null, 1)}\n`);
  return { project: project.name, out: args.out, budget: args.budget, sessions };
}

if (import.meta.main) {
  try {
    const summary = await replay(parseArgs(process.argv.slice(2)));
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
