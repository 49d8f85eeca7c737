// Every GraphQL document in the app, checked against the API contract (packages/schema/schema.graphql).
// gql.tada types what it can, but an unknown field only degrades to `unknown`; this catches it outright,
// and again whenever the schema is regenerated from the API.
import { globSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, type DefinitionNode, type FragmentDefinitionNode, Kind, parse, validate, visit } from "graphql";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../..", import.meta.url));
const schemaPath = fileURLToPath(import.meta.resolve("@baton/schema/schema.graphql"));
const schema = buildSchema(readFileSync(schemaPath, "utf8"));

// graphql(`...`) calls; documents never interpolate, so a template literal without ${} is the whole text.
const DOCUMENT = /graphql\(\s*`((?:[^`$]|\$(?!\{))*)`/g;

const files = globSync("**/*.{ts,svelte}", { cwd: srcDir }).filter((file) => !file.endsWith(".test.ts"));
const definitions = files.flatMap((file) =>
  [...readFileSync(`${srcDir}/${file}`, "utf8").matchAll(DOCUMENT)].flatMap((match) =>
    parse(match[1]!).definitions.map((definition) => ({ file, definition })),
  ),
);
const fragments = new Map(
  definitions
    .map(({ definition }) => definition)
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment]),
);

/** The definition plus every fragment it spreads, directly or through other fragments. */
function withFragments(root: DefinitionNode): DefinitionNode[] {
  const included = new Map<string, FragmentDefinitionNode>();
  const pending = [root];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !included.has(spread.name.value)) {
          included.set(spread.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [root, ...[...included.values()].filter((fragment) => fragment !== root)];
}

describe("GraphQL documents", () => {
  it("are found in the source", () => {
    expect(definitions.length).toBeGreaterThan(5);
  });

  it.each(definitions.map(({ file, definition }) => [file, definition]))("%s is valid", (_file, definition) => {
    const document = { kind: Kind.DOCUMENT, definitions: withFragments(definition) } as const;
    // Fragments are validated through the operations that use them; alone they'd only be "unused".
    const errors = validate(schema, document).filter((error) => !/is never used/.test(error.message));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
