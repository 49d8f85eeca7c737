// `pnpm --filter @baton/api migration:new <name>` writes prisma/migrations/NNNN_<name>.sql with the SQL that
// brings the migrations up to schema.prisma. Review it before committing (e.g. FTS triggers are hand-written).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { migrationFiles, migrationsDir, pendingMigrationSql } from "./migration-diff.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: migration:new <name>   (lowercase letters, digits, underscores)");
  process.exit(2);
}
const sql = await pendingMigrationSql();
if (!sql) {
  console.log("schema.prisma and the migrations agree: nothing to write");
  process.exit(0);
}
// Numbered after the highest existing number (numbers may have gaps).
const highest = Math.max(0, ...migrationFiles().map((f) => Number.parseInt(f, 10) || 0));
const next = String(highest + 1).padStart(4, "0");
const file = join(migrationsDir, `${next}_${name}.sql`);
writeFileSync(file, `${sql}\n`);
console.log(`wrote ${file}`);
