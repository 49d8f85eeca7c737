// Prints the API's SDL into packages/schema, where clients and gql.tada read it. Run by `generate`.
// The schema module needs no Worker bindings to build, so Node can import it directly.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printSchema } from "graphql";

const { schema } = await import("../src/schema.ts");
const out = join(import.meta.dirname, "..", "..", "..", "packages", "schema", "schema.graphql");
writeFileSync(out, `${printSchema(schema)}\n`);
console.log(`printed the GraphQL schema to ${out}`);
