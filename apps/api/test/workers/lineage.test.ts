import { describe, expect, test } from "vitest";
import { codeOf, gql, newProject, newUser, ok } from "./client.ts";
import { COMPLETE, finishedRun, sessionWith, TRANSCRIPT_1, TRANSCRIPT_2 } from "./runs.ts";

const DIFF = `query($id: ID!, $against: ID) { handoff(id: $id) { version diff(against: $against) {
  from { version } to { version } added { id kind text } resolved { id text status } dropped { id } changed { id }
  promptDiff { op text } } } }`;
const UPDATE = `mutation($i: UpdateHandoffItemInput!) { updateHandoffItem(input: $i) { masterPrompt editedAt: createdAt items { id text pinned status } } }`;

async function twoVersions() {
  const { token } = await newUser();
  const projectId = await newProject(token, "notesync");
  const s1 = await sessionWith(token, projectId, TRANSCRIPT_1);
  const v1 = (await finishedRun(token, (await ok(COMPLETE, { i: { sessionId: s1.id } }, token)).completeSession.run.id))
    .handoff;
  const s2 = await sessionWith(token, projectId, TRANSCRIPT_2);
  const v2 = (await finishedRun(token, (await ok(COMPLETE, { i: { sessionId: s2.id } }, token)).completeSession.run.id))
    .handoff;
  return { token, projectId, v1, v2 };
}

describe("lineage", () => {
  test("a version's diff against its parent lists added and resolved items and the prompt's line changes", async () => {
    const { token, v1, v2 } = await twoVersions();
    const { handoff } = await ok(DIFF, { id: v2.id }, token);
    expect(handoff.diff.from.version).toBe(1);
    expect(handoff.diff.to.version).toBe(2);
    expect(handoff.diff.added.some((i: any) => i.text.includes("conflicts"))).toBe(true);
    expect(handoff.diff.resolved.some((i: any) => i.text.includes("TS2307"))).toBe(true);
    expect(handoff.diff.resolved.every((i: any) => i.status !== "OPEN")).toBe(true);
    const ops = new Set(handoff.diff.promptDiff.map((l: any) => l.op));
    expect(ops).toEqual(new Set(["SAME", "ADDED", "REMOVED"]));
    const rebuilt = handoff.diff.promptDiff
      .filter((l: any) => l.op !== "REMOVED")
      .map((l: any) => l.text)
      .join("\n");
    expect(rebuilt).toBe(v2.masterPrompt);
    // The first version diffs against nothing: everything is added.
    const first = await ok(DIFF, { id: v1.id }, token);
    expect(first.handoff.diff.from).toBeNull();
    expect(first.handoff.diff.added).toHaveLength(v1.items.length);
  });

  test("pinning, editing, adding and dropping items of the master re-renders its prompt; history stays read-only", async () => {
    const { token, v1, v2 } = await twoVersions();
    const target = v2.items.find((i: any) => i.status === "OPEN" && i.kind !== "FILE")!;
    const edited = await ok(
      UPDATE,
      { i: { handoffId: v2.id, itemId: target.id, text: "Use rsync --delete-after for mirroring", pinned: true } },
      token,
    );
    const item = edited.updateHandoffItem.items.find((i: any) => i.id === target.id);
    expect(item).toMatchObject({ text: "Use rsync --delete-after for mirroring", pinned: true });
    expect(edited.updateHandoffItem.masterPrompt).toContain("rsync --delete-after");

    const added = await ok(
      `mutation($i: AddHandoffItemInput!) { addHandoffItem(input: $i) { masterPrompt items { id text pinned } } }`,
      { i: { handoffId: v2.id, kind: "CONSTRAINT", text: "Never commit .env files" } },
      token,
    );
    const constraint = added.addHandoffItem.items.find((i: any) => i.text === "Never commit .env files");
    expect(constraint.pinned).toBe(true);
    expect(added.addHandoffItem.masterPrompt).toContain("Never commit .env files");

    const dropped = await ok(
      `mutation($i: DropHandoffItemInput!) { dropHandoffItem(input: $i) { masterPrompt items { id } } }`,
      { i: { handoffId: v2.id, itemId: constraint.id } },
      token,
    );
    expect(dropped.dropHandoffItem.items.some((i: any) => i.id === constraint.id)).toBe(false);
    expect(dropped.dropHandoffItem.masterPrompt).not.toContain("Never commit .env files");

    const old = await gql(UPDATE, { i: { handoffId: v1.id, itemId: v1.items[0].id, pinned: true } }, token);
    expect(codeOf(old)).toBe("BAD_USER_INPUT");
    const missing = await gql(UPDATE, { i: { handoffId: v2.id, itemId: "no-such-item", pinned: true } }, token);
    expect(codeOf(missing)).toBe("NOT_FOUND");
  });

  test("an edited and pinned item survives the next session's merge", async () => {
    const { token, projectId, v2 } = await twoVersions();
    const target = v2.items.find((i: any) => i.status === "OPEN")!;
    await ok(
      UPDATE,
      { i: { handoffId: v2.id, itemId: target.id, text: "Keep the CLI under 200 ms startup", pinned: true } },
      token,
    );
    const s3 = await sessionWith(
      token,
      projectId,
      "User: add a --verbose flag\nAssistant: Added --verbose to src/cli.ts.",
    );
    const v3 = (
      await finishedRun(token, (await ok(COMPLETE, { i: { sessionId: s3.id } }, token)).completeSession.run.id)
    ).handoff;
    expect(v3.version).toBe(3);
    expect(v3.items.find((i: any) => i.id === target.id)).toMatchObject({
      text: "Keep the CLI under 200 ms startup",
      pinned: true,
    });
    expect(v3.masterPrompt).toContain("Keep the CLI under 200 ms startup");
  });

  test("another user's handoff can be neither diffed nor edited", async () => {
    const { token, v2 } = await twoVersions();
    const bob = await newUser();
    expect((await ok(DIFF, { id: v2.id }, bob.token)).handoff).toBeNull();
    const attempt = await gql(UPDATE, { i: { handoffId: v2.id, itemId: v2.items[0].id, pinned: true } }, bob.token);
    expect(codeOf(attempt)).toBe("NOT_FOUND");
    expect(
      (await ok(`query($id: ID!) { handoff(id: $id) { items { pinned } } }`, { id: v2.id }, token)).handoff.items.some(
        (i: any) => i.pinned,
      ),
    ).toBe(false);
  });
});
