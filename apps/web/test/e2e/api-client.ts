// Direct API calls for steps the web app does not offer yet (completing a session), made as the
// signed-in browser user: the token is read from the browser's httpOnly cookie.
import type { BrowserContext } from "playwright-core";

export async function sessionToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === "baton_session");
  if (!cookie) throw new Error("No baton_session cookie: is the browser signed in?");
  return cookie.value;
}

export async function graphqlAs<T>(apiUrl: string, token: string, query: string, variables = {}): Promise<T> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Completes a session with the rules generator, waits for its handoff to be written, returns the run's id. */
export async function completeSession(apiUrl: string, token: string, sessionId: string): Promise<string> {
  const { completeSession } = await graphqlAs<{ completeSession: { run: { id: string } } }>(
    apiUrl,
    token,
    `mutation ($input: CompleteSessionInput!) { completeSession(input: $input) { run { id } } }`,
    {
      input: {
        sessionId,
        accomplishments: "Found the totals in the last table.",
        nextSteps: "Handle credit notes.",
        generator: "RULES",
      },
    },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { handoffRun } = await graphqlAs<{ handoffRun: { status: string; error: string | null } }>(
      apiUrl,
      token,
      `query ($id: ID!) { handoffRun(id: $id) { status error } }`,
      { id: completeSession.run.id },
    );
    if (handoffRun.status === "SUCCEEDED") return completeSession.run.id;
    if (handoffRun.status === "FAILED") throw new Error(`Handoff generation failed: ${handoffRun.error}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("Handoff generation did not finish in 60s");
}

/** A new account made through the API, for tests that are not about signing up. */
export async function signUpViaApi(apiUrl: string, email: string): Promise<string> {
  const { signUp } = await graphqlAs<{ signUp: { token: string } }>(
    apiUrl,
    "",
    `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
    { input: { email, password: "correct horse battery", name: null } },
  );
  return signUp.token;
}

/** Puts the token where the web app's sign-in would: its httpOnly session cookie. */
export function useToken(context: BrowserContext, webUrl: string, token: string) {
  return context.addCookies([{ name: "baton_session", value: token, url: webUrl, httpOnly: true, sameSite: "Lax" }]);
}

/** Starts a session in the project and imports a transcript into it; returns the session's id. */
export async function sessionWithTranscript(apiUrl: string, token: string, projectId: string, transcript: string) {
  const { startSession } = await graphqlAs<{ startSession: { session: { id: string } } }>(
    apiUrl,
    token,
    `mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }`,
    { input: { projectId } },
  );
  await graphqlAs(
    apiUrl,
    token,
    `mutation ($input: ImportTranscriptInput!) { importTranscript(input: $input) { imported } }`,
    {
      input: { sessionId: startSession.session.id, content: transcript },
    },
  );
  return startSession.session.id;
}
