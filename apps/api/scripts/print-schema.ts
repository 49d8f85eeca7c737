// Prints the API's SDL into packages/schema, where clients and gql.tada read it (`generate` runs this), or to
// stdout with --stdout. The schema module needs no Worker bindings to build, so Node can import it directly.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printSchema } from "graphql";

const { schema } = await import("../src/schema.ts");
const sdl = `${printSchema(schema)}\n`;
if (process.argv.includes("--stdout")) {
  process.stdout.write(sdl);
} else {
  const out = join(import.meta.dirname, "..", "..", "..", "packages", "schema", "schema.graphql");
  writeFileSync(out, sdl);
  console.log(`printed the GraphQL schema to ${out}`);
}
