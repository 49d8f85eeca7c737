// `npm start`, after set-up: serves the API (wrangler dev, local D1) and the web app (vite), logs where, and
// stops both process trees on Ctrl-C. Ports: API_PORT (8787), WEB_PORT (5173).
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const apiPort = Number(process.env.API_PORT ?? 8787);
const webPort = Number(process.env.WEB_PORT ?? 5173);
const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
const children = [];

function start(name, cwd, args, env = {}) {
  // Own process group, so stopping it also stops wrangler's workerd and vite's workers.
  const child = spawn("pnpm", ["exec", ...args], {
    cwd: join(root, cwd),
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      for (const line of String(chunk).split("\n")) if (line.trim()) process.stdout.write(`${prefix}${line}\n`);
    });
  }
  child.on("exit", (code) => {
    console.log(`[baton] ${name} exited (${code}); stopping`);
    stop(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

async function waitFor(url, what) {
  for (let i = 0; i < 240 && !stopping; i++) {
    try {
      const res = await fetch(url, { method: "GET", headers: { accept: "text/html" } });
      if (res.status < 500) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`[baton] ${what} did not come up at ${url}`);
  return false;
}

start("api", "apps/api", [
  "wrangler",
  "dev",
  "--ip",
  "127.0.0.1",
  "--port",
  String(apiPort),
  "--inspector-port",
  String(apiPort + 1442),
]);
start("web", "apps/web", ["vite", "dev", "--host", "127.0.0.1", "--port", String(webPort), "--strictPort"], {
  API_URL: apiUrl,
});

if ((await waitFor(apiUrl, "the API")) && (await waitFor(`http://127.0.0.1:${webPort}/`, "the web app"))) {
  console.log(`\n[baton] ready:
  web app   http://127.0.0.1:${webPort}
  GraphQL   ${apiUrl}  (GraphiQL in a browser)
  local D1  apps/api/.wrangler/state (kept between runs)
  Ctrl-C stops both.\n`);
}
