import { sveltekit } from "@sveltejs/kit/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tailwindcss(), sveltekit()],
  test: {
    // Unit tests only; the browser smoke test has its own config (test/e2e/vitest.config.ts).
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
