// What the import form holds before saving: pasted text or a chosen file (the file wins while it is there;
// what was pasted stays for when it is removed), and the preview of whichever is current.
import { readTranscriptFile } from "./file";
import type { TranscriptPreview } from "./preview";

/** The part of TranscriptPreviewer the draft uses (a stand-in in tests). */
export interface Previewer {
  preview(text: string): Promise<TranscriptPreview | null>;
  cancel(): void;
}

export interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

// Long enough to let a paste or a burst of typing settle before parsing again.
export const PREVIEW_DELAY_MS = 300;

export class ImportDraft {
  pasted = $state("");
  file = $state.raw<ChosenFile | null>(null);
  fileError = $state<string | null>(null);
  preview = $state.raw<TranscriptPreview | null>(null);
  /** A preview is on its way (typing has not settled, or the parser is still reading). */
  reading = $state(false);

  readonly #previewer: Previewer;
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(previewer: Previewer, delayMs = PREVIEW_DELAY_MS) {
    this.#previewer = previewer;
    this.#delayMs = delayMs;
  }

  /** What would be saved. */
  get text(): string {
    return this.file?.text ?? this.pasted;
  }

  /** Why it cannot be saved as it is, in the words to show. */
  get problem(): string | null {
    return this.fileError ?? (this.preview && !this.preview.ok ? this.preview.message : null);
  }

  /** After each edit of the pasted text: preview once typing settles. */
  typed() {
    clearTimeout(this.#timer);
    this.reading = this.pasted.trim() !== "";
    if (!this.reading) {
      this.#previewer.cancel();
      this.preview = null;
      return;
    }
    this.#timer = setTimeout(() => this.#runPreview(this.pasted), this.#delayMs);
  }

  async chooseFile(chosen: Pick<File, "name" | "size" | "text">) {
    // Whatever was being previewed (typed text, an earlier file) is replaced by this file.
    clearTimeout(this.#timer);
    this.#previewer.cancel();
    this.fileError = null;
    this.reading = true;
    const read = await readTranscriptFile(chosen);
    if (!read.ok) {
      this.file = null;
      this.fileError = read.message;
      this.preview = null;
      this.reading = false;
      return;
    }
    this.file = { name: chosen.name, size: chosen.size, text: read.text };
    await this.#runPreview(read.text);
  }

  removeFile() {
    this.file = null;
    this.fileError = null;
    this.typed();
  }

  /** After saving: nothing left to import. */
  clear() {
    clearTimeout(this.#timer);
    this.#previewer.cancel();
    this.pasted = "";
    this.file = null;
    this.fileError = null;
    this.preview = null;
    this.reading = false;
  }

  async #runPreview(text: string) {
    this.reading = true;
    const result = await this.#previewer.preview(text);
    // null: newer text superseded this one, and its own preview is on the way.
    if (result === null) return;
    this.preview = result;
    this.reading = false;
  }
}
