// Two projects: API tests inside workerd against a real local D1 (the Cloudflare plugin), and Node-side checks
// of the repo itself (migration drift) that need the filesystem.
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: "./wrangler.jsonc" },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations("../../prisma/migrations"),
                SETTINGS_KEY: "test-settings-key",
                // Short, so the stalled-model test falls back quickly.
                MODEL_IDLE_TIMEOUT_MS: "1500",
              },
            },
          })),
        ],
        test: {
          name: "workers",
          include: ["test/workers/**/*.test.ts"],
          setupFiles: ["./test/workers/apply-migrations.ts"],
          globalSetup: ["./test/fake-model-server.ts"],
          testTimeout: 30_000,
        },
      },
      {
        test: { name: "node", include: ["test/node/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
    ],
  },
});
