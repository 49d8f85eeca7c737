// The previewer against a stand-in Worker that runs the real preview code asynchronously, as a browser would.
import { afterEach, describe, expect, it, vi } from "vitest";
import { previewTranscript } from "./preview";
import { TranscriptPreviewer } from "./previewer";

class FakeWorker {
  static created: FakeWorker[] = [];
  static failToLoad = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.created.push(this);
  }
  postMessage(data: { id: number; text: string }) {
    setTimeout(() => {
      if (this.terminated) return;
      if (FakeWorker.failToLoad) return this.onerror?.(new Event("error"));
      this.onmessage?.({ data: { id: data.id, preview: previewTranscript(data.text) } } as MessageEvent);
    }, 5);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created = [];
  FakeWorker.failToLoad = false;
});

describe("TranscriptPreviewer", () => {
  it("parses in a worker and reuses it for the next text", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const previewer = new TranscriptPreviewer();
    expect(await previewer.preview("User: hi\nAssistant: hello")).toMatchObject({ ok: true, messageCount: 2 });
    expect(await previewer.preview("User: again\nAssistant: yes\nUser: thanks")).toMatchObject({
      ok: true,
      messageCount: 3,
    });
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]?.url.pathname).toMatch(/preview\.worker\.ts$/);
    previewer.dispose();
    expect(FakeWorker.created[0]?.terminated).toBe(true);
  });

  it("stops a worker still parsing text that a newer request replaced", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const previewer = new TranscriptPreviewer();
    const stale = previewer.preview("User: old");
    const fresh = previewer.preview("User: new\nAssistant: reply");
    expect(await stale).toBeNull();
    expect(await fresh).toMatchObject({ ok: true, messageCount: 2 });
    expect(FakeWorker.created[0]?.terminated).toBe(true);
    expect(FakeWorker.created).toHaveLength(2);
  });

  it("resolves to null after cancel", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const previewer = new TranscriptPreviewer();
    const pending = previewer.preview("User: hi");
    previewer.cancel();
    expect(await pending).toBeNull();
  });

  it("parses on the page when the worker cannot load, and keeps doing so", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    FakeWorker.failToLoad = true;
    const previewer = new TranscriptPreviewer();
    expect(await previewer.preview("User: hi\nAssistant: hello")).toMatchObject({ ok: true, format: "PLAIN" });
    expect(await previewer.preview("nonsense")).toMatchObject({ ok: false });
    expect(FakeWorker.created).toHaveLength(1);
  });

  it("parses on the page where there are no workers", async () => {
    vi.stubGlobal("Worker", undefined);
    const previewer = new TranscriptPreviewer();
    const first = previewer.preview("User: one");
    const second = previewer.preview("User: two\nAssistant: three");
    expect(await first).toBeNull();
    expect(await second).toMatchObject({ ok: true, messageCount: 2 });
  });
});
