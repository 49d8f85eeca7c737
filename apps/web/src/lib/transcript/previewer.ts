// Runs previewTranscript in a Web Worker (one per form). A new request replaces one still running: the
// worker is stopped rather than left parsing text nobody will see. Where workers are unavailable, it
// parses on the page after letting the "Reading…" state paint.
import type { TranscriptPreview } from "./preview";
import type { PreviewRequest } from "./preview.worker";

interface Pending {
  id: number;
  text: string;
  resolve: (preview: TranscriptPreview | null) => void;
}

async function previewOnPage(text: string): Promise<TranscriptPreview> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Loaded on demand, so the parsers stay out of the page's own bundle.
  const { previewTranscript } = await import("./preview");
  return previewTranscript(text);
}

export class TranscriptPreviewer {
  #worker: Worker | null = null;
  #workersFail = typeof Worker === "undefined";
  #nextId = 0;
  #pending: Pending | null = null;

  /** What the text holds; null when a later call superseded this one. */
  preview(text: string): Promise<TranscriptPreview | null> {
    this.#supersede();
    const id = ++this.#nextId;
    const worker = this.#startWorker();
    if (!worker) return previewOnPage(text).then((preview) => (id === this.#nextId ? preview : null));
    return new Promise((resolve) => {
      this.#pending = { id, text, resolve };
      worker.postMessage({ id, text } satisfies PreviewRequest);
    });
  }

  /** Drops the request in flight (its promise resolves to null). */
  cancel() {
    this.#nextId++;
    this.#supersede();
  }

  dispose() {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #supersede() {
    if (!this.#pending) return;
    this.#pending.resolve(null);
    this.#pending = null;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #startWorker(): Worker | null {
    if (this.#worker || this.#workersFail) return this.#worker;
    try {
      this.#worker = new Worker(new URL("./preview.worker.ts", import.meta.url), { type: "module" });
    } catch {
      this.#workersFail = true;
      return null;
    }
    this.#worker.onmessage = (event: MessageEvent<{ id: number; preview: TranscriptPreview }>) => {
      if (event.data.id !== this.#pending?.id) return;
      this.#pending.resolve(event.data.preview);
      this.#pending = null;
    };
    // A worker that cannot load (blocked by policy, old browser): finish on the page from now on.
    this.#worker.onerror = () => {
      this.#workersFail = true;
      this.#worker?.terminate();
      this.#worker = null;
      const pending = this.#pending;
      this.#pending = null;
      if (!pending) return;
      previewOnPage(pending.text).then((preview) => pending.resolve(pending.id === this.#nextId ? preview : null));
    };
    return this.#worker;
  }
}
