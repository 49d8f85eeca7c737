// The public API contract (../shared/api-contract.graphql) must hold: the printed schema may add, never break.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, findBreakingChanges } from "graphql";
import { describe, expect, test } from "vitest";

const contractPath = join(import.meta.dirname, "..", "..", "..", "..", "..", "shared", "api-contract.graphql");

describe.skipIf(!existsSync(contractPath))("the public API contract", () => {
  test("the API's schema has no breaking change against the contract", async () => {
    // Printed by a separate Node process: importing the schema here would mix vitest's and Node's graphql modules.
    const printed = execFileSync(
      process.execPath,
      [join(import.meta.dirname, "..", "..", "scripts", "print-schema.ts"), "--stdout"],
      {
        encoding: "utf8",
      },
    );
    const contract = buildSchema(readFileSync(contractPath, "utf8"));
    const breaking = findBreakingChanges(contract, buildSchema(printed));
    expect(breaking.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });
});
