import { describe, expect, it } from "vitest";
import { formatSize, MAX_TRANSCRIPT_CHARS, readTranscriptFile, tooLongReason } from "./file";

const fileOf = (name: string, text: string, size = new TextEncoder().encode(text).length) => ({
  name,
  size,
  text: async () => text,
});

describe("readTranscriptFile", () => {
  it("returns the text of a file within the limit", async () => {
    expect(await readTranscriptFile(fileOf("a.md", "User: hi"))).toEqual({ ok: true, text: "User: hi" });
  });

  it("refuses a file too large to fit without reading it", async () => {
    let read = false;
    const huge = {
      name: "huge.jsonl",
      size: 150_000_000,
      text: async () => {
        read = true;
        return "";
      },
    };
    const result = await readTranscriptFile(huge);
    expect(result).toEqual({
      ok: false,
      message:
        "huge.jsonl is 150.0 MB; Baton imports up to 25 million characters at a time. Split it into smaller files.",
    });
    expect(read).toBe(false);
  });

  it("refuses a file that reads as more characters than the API takes", async () => {
    const text = "x".repeat(MAX_TRANSCRIPT_CHARS + 1);
    const result = await readTranscriptFile(fileOf("long.txt", text));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("25.0 million characters") });
  });

  it("refuses binary files and files that cannot be read", async () => {
    expect(await readTranscriptFile(fileOf("photo.png", "\u0089PNG\u0000\u0000"))).toEqual({
      ok: false,
      message: "photo.png is not a text file. Choose the transcript export itself.",
    });
    const gone = { name: "gone.md", size: 10, text: () => Promise.reject(new Error("NotReadableError")) };
    expect(await readTranscriptFile(gone)).toMatchObject({
      ok: false,
      message: expect.stringContaining("could not be read"),
    });
  });
});

describe("sizes and limits", () => {
  it("formats sizes people read", () => {
    expect(formatSize(812)).toBe("812 bytes");
    expect(formatSize(14_200)).toBe("14.2 KB");
    expect(formatSize(3_400_000)).toBe("3.4 MB");
  });

  it("accepts exactly the limit and refuses one more", () => {
    expect(tooLongReason(MAX_TRANSCRIPT_CHARS)).toBeNull();
    expect(tooLongReason(MAX_TRANSCRIPT_CHARS + 1)).toMatch(/Split it into smaller files\.$/);
  });
});
