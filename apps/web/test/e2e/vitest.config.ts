import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The browser smoke test: separate from the unit tests (`pnpm test`) because it starts the API, the web
// app and Chromium, which takes a minute.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
