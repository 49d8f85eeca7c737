// Fails when prisma/schema.prisma and the SQL migrations wrangler applies describe different databases.
import { expect, test } from "vitest";
import { pendingMigrationSql } from "../../scripts/migration-diff.ts";

test("the D1 migrations produce exactly the schema.prisma data model", async () => {
  const pending = await pendingMigrationSql();
  expect(pending, "run `pnpm --filter @baton/api migration:new <name>` and commit the file").toBe("");
});
