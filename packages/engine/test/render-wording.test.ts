import { describe, expect, it } from "vitest";
import { condense } from "../src/text/condense.ts";
import { cleanInline } from "../src/text/units.ts";

// The wording item lines are rendered with: what a later reader needs, in fewer tokens.
describe("item wording", () => {
  it("drops clause-level openers that only frame the statement", () => {
    expect(condense("The thing is, the `sync_worker` retries forever on 429")).toBe(
      "the `sync_worker` retries forever on 429",
    );
    expect(condense("I noticed that the cache key ignores the locale")).toBe("the cache key ignores the locale");
    expect(condense("It looks like `deploy.sh` needs bash 5")).toBe("`deploy.sh` needs bash 5");
  });

  it("never drops a 'no' that negates the statement (only 'No,' answering something is an opener)", () => {
    expect(condense("No mocks in the integration tests")).toBe("No mocks in the integration tests");
    expect(condense("I see no mention of git in `build_commands`")).toBe("no mention of git in `build_commands`");
    expect(condense("No, the cache stays in Redis")).toBe("the cache stays in Redis");
  });

  it("drops a greeting, with or without the assistant's name, but not a word that only starts like one", () => {
    expect(condense("Hi Claude, go fetch the failing job's log from CI")).toBe(
      "go fetch the failing job's log from CI",
    );
    expect(condense("Hello! The `export` task crashes on empty carts")).toBe(
      "The `export` task crashes on empty carts",
    );
    expect(condense("Hey there, please rename `cart_total`")).toBe("rename `cart_total`");
    expect(condense("Hello world example should print the build id")).toBe(
      "Hello world example should print the build id",
    );
  });

  it("keeps a statement whose opener is all there is", () => {
    expect(condense("I see that")).toBe("I see that");
  });

  it("writes a link whose text is its own target once", () => {
    expect(cleanInline("see [docs/setup.md](docs/setup.md) first")).toBe("see docs/setup.md first");
    expect(cleanInline("[https://example.test/a](https://example.test/a)")).toBe("https://example.test/a");
    expect(cleanInline("read [the setup guide](docs/setup.md)")).toBe("read the setup guide (docs/setup.md)");
  });
});
