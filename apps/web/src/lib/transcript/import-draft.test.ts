import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ImportDraft, type Previewer } from "./import-draft.svelte";
import { previewTranscript } from "./preview";

/** Previews on demand, so a test decides when each one lands. */
function fakePreviewer() {
  const requests: { text: string; settle: () => void; drop: () => void }[] = [];
  const previewer: Previewer & { cancels: number } = {
    cancels: 0,
    preview: (text) =>
      new Promise((resolve) => {
        requests.push({ text, settle: () => resolve(previewTranscript(text)), drop: () => resolve(null) });
      }),
    cancel() {
      this.cancels++;
    },
  };
  return { previewer, requests };
}

const fileOf = (name: string, text: string) => ({ name, size: text.length, text: async () => text });
const chat = "User: hi\nAssistant: hello";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("ImportDraft", () => {
  it("previews pasted text once typing settles, and only the latest text", async () => {
    const { previewer, requests } = fakePreviewer();
    const draft = new ImportDraft(previewer, 300);
    draft.pasted = "User: h";
    draft.typed();
    draft.pasted = chat;
    draft.typed();
    expect(draft.reading).toBe(true);
    expect(requests).toHaveLength(0);
    vi.advanceTimersByTime(300);
    expect(requests.map((r) => r.text)).toEqual([chat]);
    requests[0]?.settle();
    await vi.waitFor(() => expect(draft.reading).toBe(false));
    expect(draft.preview).toMatchObject({ ok: true, messageCount: 2 });
    expect(draft.problem).toBeNull();
    expect(draft.text).toBe(chat);
  });

  it("keeps waiting when a preview was superseded, and says what is wrong with unreadable text", async () => {
    const { previewer, requests } = fakePreviewer();
    const draft = new ImportDraft(previewer, 0);
    draft.pasted = "some notes";
    draft.typed();
    vi.advanceTimersByTime(0);
    requests[0]?.drop();
    await Promise.resolve();
    expect(draft.reading).toBe(true);
    draft.typed();
    vi.advanceTimersByTime(0);
    requests[1]?.settle();
    await vi.waitFor(() => expect(draft.reading).toBe(false));
    expect(draft.problem).toMatch(/^Could not recognise the transcript format/);
    expect(draft.pasted).toBe("some notes");
  });

  it("lets a chosen file win over pasted text, which comes back when the file is removed", async () => {
    const { previewer, requests } = fakePreviewer();
    const draft = new ImportDraft(previewer, 300);
    draft.pasted = "typed but not settled";
    draft.typed();
    const choosing = draft.chooseFile(fileOf("chat.txt", chat));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    requests[0]?.settle();
    await choosing;
    vi.advanceTimersByTime(1_000);
    // The typed text's timer was stopped: only the file was previewed.
    expect(requests.map((r) => r.text)).toEqual([chat]);
    expect(draft.text).toBe(chat);
    expect(draft.file?.name).toBe("chat.txt");
    draft.removeFile();
    expect(draft.text).toBe("typed but not settled");
  });

  it("refuses a file that cannot be imported without previewing it", async () => {
    const { previewer, requests } = fakePreviewer();
    const draft = new ImportDraft(previewer);
    await draft.chooseFile({ name: "big.jsonl", size: 200_000_000, text: async () => "" });
    expect(draft.problem).toMatch(/^big\.jsonl is 200\.0 MB; Baton imports up to 25 million characters/);
    expect(draft.file).toBeNull();
    expect(draft.reading).toBe(false);
    expect(requests).toHaveLength(0);
  });

  it("starts empty again after saving", async () => {
    const { previewer } = fakePreviewer();
    const draft = new ImportDraft(previewer, 0);
    draft.pasted = chat;
    draft.typed();
    draft.clear();
    vi.advanceTimersByTime(10);
    expect({ text: draft.text, reading: draft.reading, preview: draft.preview }).toEqual({
      text: "",
      reading: false,
      preview: null,
    });
    expect(previewer.cancels).toBeGreaterThan(0);
  });
});
