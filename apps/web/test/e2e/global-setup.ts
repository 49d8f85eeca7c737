// Starts the API and the web app once for all browser test files, and stops them (with every process
// they started) afterwards.
import { mkdir, writeFile } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { artifactsDir } from "./browser";
import { stopAll } from "./processes";
import { startApi, startWeb } from "./servers";

declare module "vitest" {
  export interface ProvidedContext {
    apiUrl: string;
    webUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await mkdir(artifactsDir, { recursive: true });
  const api = await startApi();
  let web: Awaited<ReturnType<typeof startWeb>> | undefined;
  try {
    web = await startWeb(api.url);
  } catch (error) {
    await stopAll();
    await api.cleanup();
    throw error;
  }
  project.provide("apiUrl", api.url);
  project.provide("webUrl", web.url);

  return async () => {
    // The servers' output, for finding out why a step failed.
    await writeFile(`${artifactsDir}api.log`, api.server.output());
    if (web) await writeFile(`${artifactsDir}web.log`, web.server.output());
    await stopAll();
    await api.cleanup();
  };
}
