import { describe, expect, it } from "vitest";
import { extractAssistantTurn } from "../src/extract/assistant.ts";

const turn = (content: string) => extractAssistantTurn({ ordinal: 3, position: 0.5, content, fromEnd: 2 });
const kindOf = (content: string, text: string) => turn(content).find((c) => c.text.includes(text))?.kind;

describe("work reports under a design heading", () => {
  const summary = [
    "## Technical details",
    "",
    "- Added a retry wrapper `withBackoff` around `fetchOrder` in `src/api/client.ts`",
    "- Had to patch both `ORDER_URL` and `ORDER_TIMEOUT` in `config/api.ts`",
    "- We chose `zod` over `yup` for `OrderSchema` validation",
    "- Orders are cached in `RedisCache` keyed by `orderId` and `tenantId`",
  ].join("\n");

  it("are notes of what was done, not decisions", () => {
    expect(kindOf(summary, "withBackoff")).toBe("NOTE");
    expect(kindOf(summary, "ORDER_URL")).toBe("NOTE");
  });

  it("leave a stated choice and a plain design fact as decisions", () => {
    expect(kindOf(summary, "zod")).toBe("DECISION");
    expect(kindOf(summary, "RedisCache")).toBe("DECISION");
  });
});
