// The /graphql endpoint as the browser's urql and graphql-sse use it: the session cookie becomes the bearer
// token, and a subscription's event stream comes through the proxy.
import { describe, expect, inject, it } from "vitest";
import { completeSession, graphqlAs, signUpViaApi } from "./api-client";

const web = inject("webUrl");
const apiUrl = inject("apiUrl");

describe("GraphQL proxy", () => {
  it("answers as the cookie's user, and UNAUTHENTICATED without a cookie", async () => {
    const email = `proxy-${Date.now()}@example.com`;
    const token = await signUpViaApi(apiUrl, email);
    const ask = (headers: Record<string, string>) =>
      fetch(`${web}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: "{ viewer { email } }" }),
      }).then((response) => response.json());
    expect((await ask({ cookie: `baton_session=${token}` })).data.viewer.email).toBe(email);
    // A bearer token sent by the page itself is ignored: only the httpOnly cookie counts.
    const anonymous = await ask({ authorization: `Bearer ${token}` });
    expect(anonymous.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("streams a subscription over SSE", async () => {
    const token = await signUpViaApi(apiUrl, `sse-${Date.now()}@example.com`);
    const { createProject } = await graphqlAs<{ createProject: { project: { id: string } } }>(
      apiUrl,
      token,
      `mutation { createProject(input: { name: "Streams" }) { project { id } } }`,
    );
    const { startSession } = await graphqlAs<{ startSession: { session: { id: string } } }>(
      apiUrl,
      token,
      `mutation ($id: ID!) { startSession(input: { projectId: $id }) { session { id } } }`,
      { id: createProject.project.id },
    );
    const runId = await completeSession(apiUrl, token, startSession.session.id);

    const response = await fetch(`${web}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", cookie: `baton_session=${token}` },
      body: JSON.stringify({
        query: "subscription ($id: ID!) { handoffRun(id: $id) { stage run { status } } }",
        variables: { id: runId },
      }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    // The run has finished, so its stream reports the final state and ends.
    const events = await response.text();
    expect(events).toContain("event: next");
    expect(events).toContain('"status":"SUCCEEDED"');
    expect(events).toContain("event: complete");
  });
});
