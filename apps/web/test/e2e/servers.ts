// Starts the two servers the smoke test needs, each on a free port, with a fresh local database.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, run, type Started, start, waitFor } from "./processes";

const webDir = fileURLToPath(new URL("../..", import.meta.url));
const apiDir = join(webDir, "../api");

const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  NO_COLOR: "1",
};

export interface Api {
  url: string;
  server: Started;
  cleanup: () => Promise<void>;
}

export async function startApi(): Promise<Api> {
  const persistTo = await mkdtemp(join(tmpdir(), "baton-e2e-db-"));
  const wrangler = join(apiDir, "node_modules/.bin/wrangler");
  // A fresh database per run, migrated like production's, so the test never depends on leftover data.
  await run(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo], {
    cwd: apiDir,
    env: baseEnv,
  });
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const args = ["dev", "--ip", "127.0.0.1", "--port", `${port}`, "--inspector-port", `${inspectorPort}`];
  // A key of the run's own for the model tokens Settings stores, so the tests need no apps/api/.dev.vars.
  args.push("--var", `SETTINGS_KEY:${randomBytes(32).toString("hex")}`);
  const server = start("API (wrangler dev)", wrangler, [...args, "--persist-to", persistTo], {
    cwd: apiDir,
    env: baseEnv,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor(server, async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    return response.ok;
  });
  return { url, server, cleanup: () => rm(persistTo, { recursive: true, force: true }) };
}

export async function startWeb(apiUrl: string): Promise<{ url: string; server: Started }> {
  const port = await freePort();
  const vite = join(webDir, "node_modules/.bin/vite");
  const server = start("web (vite dev)", vite, ["dev", "--host", "127.0.0.1", "--port", `${port}`, "--strictPort"], {
    cwd: webDir,
    env: { ...baseEnv, API_URL: apiUrl, BATON_E2E: "1" },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(server, async () => (await fetch(`${url}/signin`)).ok);
  return { url, server };
}
