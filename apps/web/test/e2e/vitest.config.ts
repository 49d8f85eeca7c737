import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The browser tests: separate from the unit tests (`pnpm test`) because it starts the API, the web
// app and Chromium, which takes a minute.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/e2e/**/*.test.ts"],
    // One API and one web server for all files; each file drives its own browser.
    globalSetup: ["test/e2e/global-setup.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
