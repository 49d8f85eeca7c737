// Every test file starts from the real migrations applied to the local D1 (idempotent across files).
import { applyD1Migrations, env } from "cloudflare:test";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
