#!/usr/bin/env node
// The one entry point behind `npm start`, `npm test`, `npm run handoff`, `npm run bench`.
// It runs on whatever Node the machine has (20+), and only uses Node built-ins until it has
// bootstrapped the toolchain the repo needs: Node 24 and pnpm, both from the npm registry, kept in .tools/.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const NODE_VERSION = "24.9.0";
const PNPM_VERSION = "10.34.8";
const tools = join(root, ".tools");
const toolsBin = join(tools, "node_modules", ".bin");

const log = (msg) => console.log(`[baton] ${msg}`);
const fail = (msg) => {
  console.error(`[baton] ${msg}`);
  process.exit(1);
};

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: process.env, ...opts });
  if (res.error) fail(`could not run ${cmd}: ${res.error.message}`);
  return res.status ?? 1;
}
function must(cmd, args, opts) {
  const code = run(cmd, args, opts);
  if (code !== 0) fail(`\`${cmd} ${args.join(" ")}\` exited with ${code}`);
}

const supported = (v) => {
  const [maj, min] = v.replace(/^v/, "").split(".").map(Number);
  return maj > 22 || (maj === 22 && min >= 12);
};

/** Node ≥ 22.12 and pnpm, installed into .tools/ with plain npm when the machine lacks them. */
function ensureToolchain() {
  const stamp = join(tools, "versions.txt");
  const want = `node@${NODE_VERSION} pnpm@${PNPM_VERSION}`;
  const have = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : "";
  if (have !== want || !existsSync(join(toolsBin, "pnpm"))) {
    log(`installing ${want} into .tools/ (one time)`);
    mkdirSync(tools, { recursive: true });
    writeFileSync(join(tools, "package.json"), '{ "private": true }\n');
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    must(npm, ["install", "--prefix", tools, "--no-audit", "--no-fund", "--loglevel=error", ...want.split(" ")]);
    writeFileSync(stamp, `${want}\n`);
  }
  // Put Node 24 and pnpm first on PATH so every child process (turbo, wrangler, vite, vitest) uses them.
  const nodeBin = supported(process.version) ? dirname(process.execPath) : toolsBin;
  process.env.PATH = [toolsBin, nodeBin, process.env.PATH].join(process.platform === "win32" ? ";" : ":");
  if (!supported(process.version)) {
    const v = spawnSync(join(toolsBin, "node"), ["--version"], { encoding: "utf8" }).stdout?.trim();
    if (!v || !supported(v)) fail(`the bootstrapped Node (${v}) is not ≥ 22.12`);
  }
}

function setEnv() {
  Object.assign(process.env, {
    WRANGLER_SEND_METRICS: "false",
    TURBO_TELEMETRY_DISABLED: "1",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    // Prisma's CLI wants its schema-engine binary at start, which nothing here can download; generate and
    // our migration check (which uses the wasm engine) never run it.
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  });
}

/** pnpm install, skipped when the manifests and lockfile are unchanged since the last install. */
function ensureDependencies() {
  const files = ["pnpm-lock.yaml", "pnpm-workspace.yaml", "package.json"];
  for (const dir of ["apps", "packages"]) {
    for (const name of spawnSync("ls", [join(root, dir)], { encoding: "utf8" })
      .stdout.split("\n")
      .filter(Boolean)) {
      files.push(join(dir, name, "package.json"));
    }
  }
  const hash = createHash("sha256");
  for (const f of files) if (existsSync(join(root, f))) hash.update(f).update(readFileSync(join(root, f)));
  const digest = hash.digest("hex");
  const stamp = join(root, "node_modules", ".baton-install");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === digest) return;
  log("installing dependencies (pnpm install)");
  const frozen = process.env.CI && existsSync(join(root, "pnpm-lock.yaml")) ? ["--frozen-lockfile"] : [];
  must("pnpm", ["install", "--prefer-offline", ...frozen]);
  writeFileSync(stamp, digest);
}

/** Local secrets for wrangler dev, made once per clone (.dev.vars is gitignored). */
function ensureDevVars() {
  const file = join(root, "apps", "api", ".dev.vars");
  if (existsSync(file)) return;
  const key = randomBytes(32).toString("hex");
  writeFileSync(file, `# Local development secrets (not committed).\nSETTINGS_KEY=${key}\n`);
  log("wrote apps/api/.dev.vars with a local SETTINGS_KEY (encrypts model tokens you store)");
}

function prepare() {
  setEnv();
  ensureDevVars();
  ensureToolchain();
  ensureDependencies();
  log("generating the Prisma client and the printed GraphQL schema");
  must("pnpm", ["turbo", "run", "generate", "--output-logs=errors-only"]);
  log("applying D1 migrations to the local database");
  must("pnpm", ["--filter", "@baton/api", "run", "migrate:local"]);
}

const [command = "start", ...rest] = process.argv.slice(2);
switch (command) {
  case "start":
    prepare();
    process.exit(run("node", ["scripts/dev.mjs", ...rest]));
    break;
  case "test":
    prepare();
    process.exit(run("node", ["scripts/test.mjs", ...rest]));
    break;
  case "lint":
    setEnv();
    ensureToolchain();
    ensureDependencies();
    process.exit(run("pnpm", ["exec", "biome", "ci", "."]));
    break;
  case "handoff":
  case "bench": {
    setEnv();
    ensureToolchain();
    ensureDependencies();
    // Relative paths given to the CLI resolve against where the user ran the command (INIT_CWD, set by npm/pnpm).
    const script = command === "handoff" ? "packages/engine/src/cli.ts" : "packages/engine/bench/fidelity.ts";
    process.exit(
      run("node", [join(root, script), ...rest], {
        env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd() },
      }),
    );
    break;
  }
  default:
    fail(`unknown command ${command}: use start, test, lint, handoff or bench`);
}
