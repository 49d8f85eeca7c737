// Computes the SQL that takes the database from the flat D1 migrations in prisma/migrations to what
// prisma/schema.prisma describes, with Prisma's schema engine compiled to wasm (works offline, no binary).
// Used by `pnpm --filter @baton/api migration:new <name>` and by the drift test.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";

export const prismaDir = join(import.meta.dirname, "..", "..", "..", "prisma");
export const migrationsDir = join(prismaDir, "migrations");

/** The flat migration files, in the order wrangler applies them (file-name order). */
export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
}

/** SQL still missing from the migrations; empty when they and schema.prisma agree. */
export async function pendingMigrationSql(): Promise<string> {
  const schemaPath = join(prismaDir, "schema.prisma");
  const content = readFileSync(schemaPath, "utf8");
  // A file, not ":memory:": every ":memory:" connection would be a different, empty database.
  const scratch = mkdtempSync(join(tmpdir(), "baton-migrations-"));
  try {
    const url = `file:${join(scratch, "migrated.db")}`;
    const factory = new PrismaLibSql({ url });
    const engine = await SchemaEngine.new(
      { datamodels: [[schemaPath, content]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    // The engine's own "migrations" source replays only the first statement of each file through the libsql
    // adapter, so replay them here with libsql's multi-statement executor and diff the resulting database.
    const db = createClient({ url });
    for (const file of migrationFiles()) await db.executeMultiple(readFileSync(join(migrationsDir, file), "utf8"));
    const externalTables = await ftsTables(db);
    db.close();
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [{ path: schemaPath, content }], configDir: prismaDir },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: null,
      filters: { externalTables, externalEnums: [] },
    });
    return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The full-text search tables of prisma/migrations/0002_search.sql: FTS5 virtual tables and the shadow tables SQLite
 * keeps for them (<name>_data, _idx, _content, _docsize, _config). Prisma does not model virtual tables and would
 * otherwise plan to drop them all, so the diff treats them as external tables that it leaves alone.
 */
async function ftsTables(db: Client): Promise<string[]> {
  const { rows } = await db.execute(
    `SELECT "name" FROM "sqlite_master" WHERE "type" = 'table' AND "sql" LIKE 'CREATE VIRTUAL TABLE%USING fts5%'`,
  );
  const virtual = rows.map((row) => String(row.name));
  const shadows = ["data", "idx", "content", "docsize", "config"];
  return virtual.flatMap((name) => [name, ...shadows.map((suffix) => `${name}_${suffix}`)]);
}
