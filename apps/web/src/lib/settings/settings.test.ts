import { describe, expect, it } from "vitest";
import { accountInput, creditsSummary, platformLabel, usageTotals, validateAccount } from "./account-form";
import { validateTokenName } from "./api-token";
import { endpointUrlProblem, modelSettingsInput, validateModelSettings } from "./model-settings";

describe("endpoint URL", () => {
  it("accepts http(s) URLs and an empty field (no endpoint)", () => {
    expect(endpointUrlProblem("")).toBeNull();
    expect(endpointUrlProblem("  http://localhost:11434/v1 ")).toBeNull();
    expect(endpointUrlProblem("https://api.example.com/v1")).toBeNull();
  });

  it("explains what is wrong", () => {
    expect(endpointUrlProblem("localhost:11434")).toMatch(/^Start the URL with http:\/\/ or https:\/\//);
    expect(endpointUrlProblem("not a url")).toMatch(/^Start the URL with/);
    expect(endpointUrlProblem("http://exa mple.com")).toMatch(/^Enter a full URL/);
    expect(endpointUrlProblem("ftp://example.com")).toBe(
      "The endpoint must be an http:// or https:// URL, not ftp://.",
    );
    expect(endpointUrlProblem(`https://example.com/${"a".repeat(2000)}`)).toMatch(/under 2,000 characters/);
  });
});

describe("model settings", () => {
  const saved = { model: "meta-llama/Llama-3.1-8B-Instruct", endpointUrl: null };

  it("names the field at fault", () => {
    expect(validateModelSettings({ model: "", endpointUrl: "nope", token: null })?.field).toBe("endpointUrl");
    expect(validateModelSettings({ model: "m".repeat(201), endpointUrl: "", token: null })?.field).toBe("model");
    expect(validateModelSettings({ model: "", endpointUrl: "", token: "  " })?.message).toMatch(/Paste the new token/);
    expect(validateModelSettings({ model: "x", endpointUrl: "", token: "secret" })).toBeNull();
  });

  it("sends only what changed, trimmed, and a new token only when one was typed", () => {
    expect(modelSettingsInput(saved, { model: saved.model, endpointUrl: "", token: null })).toEqual({});
    expect(
      modelSettingsInput(saved, { model: ` ${saved.model} `, endpointUrl: " http://h:1/v1 ", token: null }),
    ).toEqual({
      endpointUrl: "http://h:1/v1",
    });
    expect(modelSettingsInput(saved, { model: "qwen2.5", endpointUrl: "", token: " hf_abc " })).toEqual({
      model: "qwen2.5",
      token: "hf_abc",
    });
  });

  it("clears the model and endpoint with empty strings", () => {
    const custom = { model: "qwen2.5", endpointUrl: "http://h:1/v1" };
    expect(modelSettingsInput(custom, { model: "", endpointUrl: " ", token: null })).toEqual({
      model: "",
      endpointUrl: "",
    });
  });
});

describe("accounts", () => {
  it("checks the name and credits", () => {
    expect(validateAccount({ platform: "CLAUDE", name: " ", creditsAvailable: "" })?.field).toBe("name");
    expect(validateAccount({ platform: "CLAUDE", name: "Work", creditsAvailable: "12.5" })?.field).toBe(
      "creditsAvailable",
    );
    expect(validateAccount({ platform: "CLAUDE", name: "Work", creditsAvailable: "-3" })?.field).toBe(
      "creditsAvailable",
    );
    expect(validateAccount({ platform: "CLAUDE", name: "Work", creditsAvailable: "9".repeat(20) })?.message).toMatch(
      /too large/,
    );
    expect(validateAccount({ platform: "CLAUDE", name: "Work", creditsAvailable: " 500 " })).toBeNull();
  });

  it("sends trimmed values and null for no credit limit", () => {
    expect(accountInput({ platform: "CURSOR", name: " Side ", creditsAvailable: "" })).toEqual({
      platform: "CURSOR",
      name: "Side",
      creditsAvailable: null,
    });
    expect(accountInput({ platform: "CURSOR", name: "Side", creditsAvailable: "500" }).creditsAvailable).toBe(500);
  });

  it("summarises credits and usage", () => {
    expect(creditsSummary({ creditsAvailable: null, creditsUsed: 1200, creditsRemaining: null })).toBe(
      "1,200 credits used",
    );
    expect(creditsSummary({ creditsAvailable: 500, creditsUsed: 120, creditsRemaining: 380 })).toBe(
      "120 of 500 credits used · 380 left",
    );
    expect(creditsSummary({ creditsAvailable: 500, creditsUsed: 600, creditsRemaining: -100 })).toMatch(/100 over$/);
    expect(
      usageTotals([
        { sessions: 2, creditsUsed: 30 },
        { sessions: 0, creditsUsed: 0 },
        { sessions: 1, creditsUsed: 5 },
      ]),
    ).toEqual({
      sessions: 3,
      creditsUsed: 35,
    });
    expect(platformLabel("COPILOT")).toBe("GitHub Copilot");
    expect(platformLabel("NEW_ONE")).toBe("NEW_ONE");
  });
});

describe("API token name", () => {
  it("is required and short", () => {
    expect(validateTokenName("  ")?.field).toBe("name");
    expect(validateTokenName("x".repeat(101))?.message).toMatch(/under 100/);
    expect(validateTokenName("CI")).toBeNull();
  });
});
