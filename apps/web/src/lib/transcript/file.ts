// Reading a dropped or chosen transcript file, within what the API accepts.

/** The API's limit on one import (MAX_TRANSCRIPT_CHARS in apps/api/src/schema/message.ts). */
export const MAX_TRANSCRIPT_CHARS = 25_000_000;
// A UTF-8 character takes at most 4 bytes, so a larger file cannot fit whatever it holds.
const MAX_FILE_BYTES = MAX_TRANSCRIPT_CHARS * 4;

/** "812 bytes", "14.2 KB", "3.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1_000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1_000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const limitWords = `${MAX_TRANSCRIPT_CHARS / 1_000_000} million characters`;

/** Why a transcript of this many characters cannot be imported, or null when it can. */
export function tooLongReason(characters: number): string | null {
  if (characters <= MAX_TRANSCRIPT_CHARS) return null;
  const have = `${(characters / 1_000_000).toFixed(1)} million characters`;
  return `This transcript has ${have}; Baton imports up to ${limitWords} at a time. Split it into smaller files.`;
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** The file's text, or why it cannot be imported; files that cannot fit are refused before being read. */
export async function readTranscriptFile(file: Pick<File, "name" | "size" | "text">): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `${file.name} is ${formatSize(file.size)}; Baton imports up to ${limitWords} at a time. Split it into smaller files.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `${file.name} could not be read. Check that the file is still there and try again.` };
  }
  // Text exports never hold NUL; an image, archive or database does, and would only fail to parse later.
  if (text.includes("\u0000")) {
    return { ok: false, message: `${file.name} is not a text file. Choose the transcript export itself.` };
  }
  const reason = tooLongReason(text.length);
  return reason ? { ok: false, message: reason } : { ok: true, text };
}
