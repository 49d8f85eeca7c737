// Helpers for handoff-run tests: a session with a transcript, completed, and its run awaited.
import { ok } from "./client.ts";

export const START = `mutation($i: StartSessionInput!) { startSession(input: $i) { session { id number inputHandoff { id version } } } }`;
export const COMPLETE = `mutation($i: CompleteSessionInput!) { completeSession(input: $i) {
  session { id status completedAt accomplishments } run { id status } } }`;
export const RUN = `query($id: ID!) { handoffRun(id: $id) { id status stage progress error generator message
  handoff { id version tokenCount masterPrompt parent { id version } session { id number }
    generator { kind model fallbackReason } fidelity { score carried added resolved dropped }
    items { id kind text status pinned sourceSession { number } } } } }`;

export async function sessionWith(token: string, projectId: string, transcript: string) {
  const session = (await ok(START, { i: { projectId } }, token)).startSession.session;
  await ok(
    `mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { imported } }`,
    { i: { sessionId: session.id, content: transcript } },
    token,
  );
  return session as { id: string; number: number; inputHandoff: { id: string; version: number } | null };
}

/** Reads the run until it ends (the test client already waited for the Worker's waitUntil work). */
export async function finishedRun(token: string, runId: string) {
  for (let i = 0; i < 100; i++) {
    const run = (await ok(RUN, { id: runId }, token)).handoffRun;
    if (run.status === "SUCCEEDED" || run.status === "FAILED") return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("run did not finish");
}

export const TRANSCRIPT_1 = `User: We are building notesync, a CLI that syncs markdown notes between machines. Use TypeScript and Node 22.
Assistant: I created src/cli.ts and src/sync.ts. Run it with \`pnpm dev sync\`.
User: We decided to use rsync over SSH instead of a custom protocol. Never store passwords in the config file.
Assistant: Done. The tests run with \`pnpm test\`. Next step: add conflict detection in src/conflicts.ts.
User: The build fails with "TS2307: Cannot find module './sync.js'" — leave it for next time.`;

export const TRANSCRIPT_2 = `User: Let's fix the TS2307 error first.
Assistant: Fixed the TS2307 error by switching moduleResolution to NodeNext; the build passes now.
User: Good. Now add conflict detection in src/conflicts.ts with a three-way merge.
Assistant: Added src/conflicts.ts. TODO: write tests for the merge in test/conflicts.test.ts.`;
