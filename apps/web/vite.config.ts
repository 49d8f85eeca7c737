import { sveltekit } from "@sveltejs/kit/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tailwindcss(), sveltekit()],
  // Pre-bundled at startup rather than discovered on first page load, which would make vite reload the
  // page mid-visit (and lose what was typed into a form).
  optimizeDeps: { include: ["@urql/svelte", "@urql/core", "graphql-sse", "gql.tada"] },
  // The browser tests' server watches nothing: an edit elsewhere in the tree (or svelte-kit sync) would
  // otherwise reload the page a test is driving.
  server: process.env.BATON_E2E === "1" ? { watch: null } : {},
  test: {
    // Unit tests only; the browser smoke test has its own config (test/e2e/vitest.config.ts).
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
