// `npm test`, after set-up: lint, typecheck, every package's tests (unit and API-in-workerd), then the browser
// tests against a locally started API and web app. Exits non-zero on any failure and ends with one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// Each package's vitest writes a JSON report here (see its vitest config), summed for the closing line.
const reports = ["packages/engine", "apps/api", "apps/web"].map((p) => join(root, p, ".vitest-report.json"));
const e2eReport = join(root, "apps/web/.vitest-e2e-report.json");
for (const r of [...reports, e2eReport]) rmSync(r, { force: true });

const failures = [];
function step(name, cmd, args) {
  console.log(`\n[baton] ${name}`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  if (res.status !== 0) failures.push(name);
}

function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  console.log("[baton] installing Debian chromium for the browser tests");
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

step("lint and format (biome)", "pnpm", ["exec", "biome", "ci", "."]);
step("typecheck", "pnpm", ["turbo", "run", "typecheck", "--output-logs=errors-only"]);
step("unit and API tests", "pnpm", ["turbo", "run", "test", "--concurrency=1"]);
// The production build (adapter-cloudflare) must succeed; its JavaScript per route is printed for the record.
step("web app production build", "pnpm", ["--filter", "@baton/web", "run", "build"]);
step("web app JavaScript per route", "pnpm", ["--filter", "@baton/web", "--silent", "run", "size"]);
ensureChromium();
step("browser tests", "pnpm", ["--filter", "@baton/web", "run", "test:e2e"]);

let passed = 0;
let failed = 0;
for (const report of [...reports, e2eReport]) {
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
}
if (failures.length) console.log(`\n[baton] failed steps: ${failures.join(", ")}`);
if (passed + failed === 0) failures.push("no tests ran");
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
