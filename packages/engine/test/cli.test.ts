import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const engine = resolve(import.meta.dirname, "..");
const fixture = join(engine, "test/fixtures-ledger/replay");

function runCli(args: string[], env: Record<string, string> = {}) {
  return execFileSync(process.execPath, [join(engine, "src/cli.ts"), ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

describe("handoff replay", () => {
  it("replays the sessions of a folder in name order and writes one handoff per session", () => {
    const out = mkdtempSync(join(tmpdir(), "baton-replay-"));
    const summary = JSON.parse(runCli(["replay", fixture, "--out", out, "--budget", "400"]));
    expect(summary.sessions.map((s: { file: string }) => s.file)).toEqual([
      "01-setup.md",
      "02-cache.jsonl",
      "03-deploy.md",
    ]);
    expect(readdirSync(out).sort()).toEqual(["handoff-01.md", "handoff-02.md", "handoff-03.md", "ledger.json"]);
    for (const session of summary.sessions) expect(session.tokens).toBeLessThanOrEqual(400);
    const last = readFileSync(join(out, "handoff-03.md"), "utf8");
    // Carried from session 1 and 2, and the new open step of session 3.
    expect(last).toContain("pnpm");
    expect(last).toContain("Redis");
    expect(last).toContain("wrangler");
    const ledger = JSON.parse(readFileSync(join(out, "ledger.json"), "utf8"));
    expect(ledger.session).toBe(3);
  });

  it("resolves relative paths against INIT_CWD", () => {
    const out = mkdtempSync(join(tmpdir(), "baton-replay-"));
    const summary = JSON.parse(runCli(["replay", relative(engine, fixture), "--out", out], { INIT_CWD: engine }));
    expect(summary.sessions).toHaveLength(3);
  });

  it("fails with a usage message on bad arguments", () => {
    expect(() => runCli(["replay"])).toThrow(/usage: handoff replay/);
  });
});
