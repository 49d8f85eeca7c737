import { describe, expect, it } from "vitest";
import { isPastedOutput } from "../src/extract/pasted-output.ts";

// People write about functions and modules; a line that opens with the keyword declaring one is pasted code.
describe("a line opening with a definition or an import", () => {
  it("is pasted code", () => {
    expect(isPastedOutput("def it_lists_recent_orders(): from shop.orders import recent_orders")).toBe(true);
    expect(isPastedOutput("from flask_login import LoginManager, login_required")).toBe(true);
    expect(isPastedOutput("import numpy as np")).toBe(true);
    expect(isPastedOutput("class OrderRepository(BaseRepository):")).toBe(true);
  });

  it("leaves sentences about code alone", () => {
    expect(isPastedOutput("Import the orders module lazily so the CLI starts faster")).toBe(false);
    expect(isPastedOutput("from now on, define every fixture in `conftest.py`")).toBe(false);
    expect(isPastedOutput("the class names follow the table names")).toBe(false);
  });
});
