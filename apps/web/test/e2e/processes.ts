// Child processes for the smoke test. Each runs in its own process group (detached), because pnpm, wrangler
// and vite start grandchildren (workerd, esbuild) that killing the direct child would leave running.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createServer } from "node:net";
import { promisify } from "node:util";

export interface Started {
  name: string;
  child: ChildProcess;
  /** Everything it printed, for the failure message when it does not come up. */
  output: () => string;
  stop: () => Promise<void>;
}

const running = new Set<Started>();

// If the test runner itself dies, still take the process groups down with it.
process.once("exit", () => {
  for (const started of running) killGroup(started.child, "SIGKILL");
});

/** Signals the whole group, even when its leader has exited (its children may not have). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
}

export function start(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const append = (chunk: Buffer) => {
    // Keep the tail only: a dev server can print a lot.
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const started: Started = {
    name,
    child,
    output: () => output,
    async stop() {
      killGroup(child, "SIGTERM");
      const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5_000).unref());
      if ((await Promise.race([exited, timeout])) === "timeout") {
        killGroup(child, "SIGKILL");
        await exited;
      }
      // The leader exiting does not mean its group did: sweep up whatever is left of it.
      killGroup(child, "SIGKILL");
      running.delete(started);
    },
  };
  running.add(started);
  return started;
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((started) => started.stop()));
}

export const run = promisify(execFile);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Polls until `check` passes; fails with the process's output if it exits or time runs out. */
export async function waitFor(started: Started, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`${started.name} exited early:\n${started.output()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${started.name} did not come up in ${timeoutMs / 1000}s:\n${started.output()}`);
}
