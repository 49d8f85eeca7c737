// The names a file defines (modules, classes, types, top-level functions), read from the code an edit or a
// created file carries. A key file is found again by these names, so its line in the prompt lists a few.

// One definition line in most languages: optional modifiers, a definition keyword, the name. Only lines
// indented by at most four spaces count (modules, classes and their direct members), after any line-number
// gutter or diff marker a tool put in front.
const DEFINITION =
  /^\s{0,4}(?:(?:export|default|public|private|internal|protected|static|abstract|sealed|partial|async|final|open|pub(?:\([\w:]+\))?)\s+)*(?:defmodule|defprotocol|class|interface|record|struct|enum|trait|type|def|function\*?|func|fn|(?<=export\s+(?:default\s+)?)(?:const|let|var))\s+(?:\([^)]*\)\s*)?([A-Za-z][\w.]*\w)/;
// A named part of a JavaScript object or namespace: a hook, a component or a handler set registered by a
// PascalCase key ("  ProductUnitTracker: {", "Hooks.Sortable = {").
const MEMBER =
  /^\s{0,4}(?:[\w$]+\.)?([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)*)\s*(?::|=)\s*(?:\{|function\b|\([^)]*\)\s*=>)/;
const GUTTER = /^\s*(?:\d+\s+)?[+-]?(?=\s)/;
// Declarations that name no thing of the project's own ("type" in prose, "class" in CSS snippets…).
const NOT_A_NAME = /^(?:of|is|the|a|an|to|for|in|and|or|that|this|with|from|it)$/i;

export const MAX_NAMES_PER_FILE = 3;

// Endpoints a file declares: a route string after a routing keyword, in most web frameworks
// (live "/pos", get("/api/x"), [Route("api/products")], @app.get("/x"), @ui.page("/demo"), path("x/")).
const ROUTE =
  /\b(?:live|get|post|put|patch|delete|scope|route|Route|page|path|forward|resources|Http(?:Get|Post|Put|Delete|Patch)|Map(?:Get|Post|Put|Delete)|(?:app|router|api|bp)\.\w+)\s*\(?\s*["'](\/?[\w-]+(?:\/[\w:{}*.-]*)*|\/)["']/g;

function routes(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(ROUTE)) {
    const route = m[1] ?? "";
    // A bare word without a slash is a name, not a route ("get('name')"), unless an attribute says Route.
    if (route.length < 2 || (!route.includes("/") && !/Route|Http/.test(m[0]))) continue;
    if (!found.includes(route)) found.push(route);
  }
  return found;
}

// Pages a template links to: a path after a navigation attribute or call, in most UI frameworks (href="/x",
// <Link to="/x">, navigate={~p"/x"}, redirect(to: "/x"), router.push("/x")). A screen is found again by the
// pages it leads to; the path stops where an interpolation ("#{id}", "${id}") begins.
const LINK =
  /\b(?:href|to|navigate|patch|action|redirect|push_navigate|push_patch|push|navigateTo|goto)\s*(?:=|:|\()\s*\{?\s*(?:~p)?["'`](\/[\w-]+(?:\/[\w.-]+)*)\/?(?=["'`?#$])/g;

function links(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(LINK)) {
    const path = m[1] ?? "";
    if (!found.includes(path)) found.push(path);
  }
  return found;
}

// Top-level statements (a program's entry point, a setup script) define nothing: what such code sets up is
// named by the methods it calls on an object at the start of a line ("app.UseCors(…)", "app.add_middleware(…)").
// They stand in for definitions only when the code has none, and only names of two words or more (UseCors,
// add_middleware): one-word methods (append, insert, run) are generic operations on any object.
const SETUP_CALL = /^\s{0,4}(?:await\s+)?[a-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.([A-Za-z_$][\w$]{2,})\s*\(/;

function setupCalls(code: string): string[] {
  const found: string[] = [];
  for (const raw of code.split("\n", 400)) {
    const name = SETUP_CALL.exec(raw.replace(GUTTER, ""))?.[1];
    if (name && COMPOUND.test(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

const COMPOUND = /^[A-Za-z$][a-z0-9$]*(?:[A-Z]|_[a-z])/;

/** Names defined in a piece of code, in order, without duplicates: routes, types, functions, then links. */
export function definedNames(code: string): string[] {
  const types: string[] = [];
  const functions: string[] = [];
  for (const raw of code.split("\n", 400)) {
    const line = raw.replace(GUTTER, "");
    if (line.length > 200) continue;
    const m = DEFINITION.exec(line) ?? MEMBER.exec(line);
    const name = m?.[1];
    if (!m || !name || name.length < 3 || name.startsWith("_") || NOT_A_NAME.test(name)) continue;
    const isType = /^[A-Z]/.test(name) || /\b(?:defmodule|class|interface|struct|enum|trait|record)\s/.test(m[0]);
    const list = isType ? types : functions;
    if (!types.includes(name) && !functions.includes(name)) list.push(name);
  }
  const declared = routes(code);
  const defined = [...declared, ...types, ...functions];
  if (defined.length === 0) defined.push(...setupCalls(code));
  return [...defined, ...links(code).filter((l) => !declared.includes(l))];
}

// Edits show the code before and after ("<<<<<<< SEARCH … ======= … >>>>>>> REPLACE", "- oldString: … -
// newString: …"): only names the edit adds are news about the file.
const OLD_START = /^(?:<{7}\s*SEARCH|\s*-\s*old_?[Ss]tring\s*:)/;
const NEW_START = /^(?:={7}\s*$|>{7}\s*REPLACE|\s*-\s*new_?[Ss]tring\s*:|\s*-\s*\w+\s*:\s*$)/;

// Configuration files define settings rather than functions: their keys ("bank_account:", "PORT=",
// "ConnectionStrings") are what a later session looks for.
const CONFIG_FILE =
  /(?:^|[/\\])(?:config[/\\][\w.-]+|(?:config|settings|appsettings|\.env)[\w.-]*)\.(?:exs?|json|ya?ml|toml|ini|cfg|py|js|ts)$|(?:^|[/\\])\.env(?:\.\w+)?$|docker-compose[\w.-]*\.ya?ml$/i;
// (A value in backticks is a tool's own field, "- filePath: `…`", not a setting.)
const CONFIG_KEY = /^\s{0,6}["']?([A-Za-z_][\w.-]*[A-Za-z0-9_])["']?\s*(?::(?!:)|=)\s*(?!`)\S/;
const MAX_CONFIG_KEYS = 40;

function configKeys(code: string): string[] {
  const keys: string[] = [];
  for (const raw of code.split("\n", 400)) {
    const name = CONFIG_KEY.exec(raw.replace(GUTTER, ""))?.[1];
    if (name && name.length >= 3 && !NOT_A_NAME.test(name) && !keys.includes(name)) keys.push(name);
    if (keys.length >= MAX_CONFIG_KEYS) break;
  }
  return keys;
}

/** Names an edit or a new file adds: defined in the written code, not in the code it replaces. */
export function addedNames(code: string, path = ""): string[] {
  const read = CONFIG_FILE.test(path) ? configKeys : definedNames;
  if (!code.includes("SEARCH") && !/old_?[Ss]tring/.test(code)) return read(code);
  const before: string[] = [];
  const after: string[] = [];
  let into = after;
  for (const line of code.split("\n", 2000)) {
    if (OLD_START.test(line)) into = before;
    else if (NEW_START.test(line)) into = after;
    else into.push(line);
  }
  const old = new Set(read(before.join("\n")));
  return read(after.join("\n")).filter((name) => !old.has(name));
}

/** A type named like its file ("CurrencyHelper" in currency_helper.ex, "CreateOrders" in 2025…_create_orders.exs) adds nothing to the path. */
export function namedLikeFile(name: string, path: string): boolean {
  const flat = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
  const stem =
    path
      .split(/[/\\]/)
      .pop()
      ?.replace(/\.[^.]*$/, "") ?? "";
  return flat(stem).includes(flat(name.split(".").pop() ?? name));
}

/**
 * Drops names that many files define (framework callbacks such as a render or mount function): they say
 * nothing about one file. `byFile` maps a file key to its names; it is changed in place.
 */
export function keepDistinctive(byFile: Map<string, string[]>): void {
  const files = new Map<string, number>();
  for (const names of byFile.values()) for (const name of new Set(names)) files.set(name, (files.get(name) ?? 0) + 1);
  for (const [key, names] of byFile) {
    byFile.set(key, names.filter((n) => (files.get(n) ?? 0) < 3).slice(0, MAX_NAMES_PER_FILE));
  }
}
