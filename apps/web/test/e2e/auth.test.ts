// Sign-in paths besides signing up: the one-click local developer, plain HTML forms without JavaScript,
// a wrong password, and a token the API no longer accepts.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { signUpViaApi, useToken } from "./api-client";
import { launchBrowser, newPage, screenshot } from "./browser";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser?.close());

describe("signing in", () => {
  it("offers one-click access as the local developer in dev mode", async () => {
    const page = await newPage(browser);
    await page.goto(`${web}/signin`);
    await page.getByRole("button", { name: "Continue as local developer" }).click();
    await page.waitForURL("**/dashboard");
    await page.getByText("Local developer").waitFor();
    await page.context().close();
  });

  it("works without JavaScript, and says when the password is wrong", async () => {
    const email = `nojs-${Date.now()}@example.com`;
    await signUpViaApi(apiUrl, email);
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${web}/signin`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That email and password don't match an account.", { exact: false }).waitFor();
    await screenshot(page, "11-signin-wrong-password-nojs");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/dashboard");
    await page.context().close();
  });

  it("sends someone whose token stopped working back to sign in, saying why", async () => {
    const page = await newPage(browser);
    await useToken(page.context(), web, "revoked-or-made-up-token");
    await page.goto(`${web}/dashboard`);
    await page.waitForURL("**/signin?**expired**");
    await page.getByText("Your sign-in has expired. Please sign in again.").waitFor();
    await page.context().close();
  });
});
