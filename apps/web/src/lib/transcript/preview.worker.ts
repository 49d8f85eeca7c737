// Parses transcripts away from the page, so a multi-megabyte file never freezes typing or scrolling.
import { previewTranscript } from "./preview";

export interface PreviewRequest {
  id: number;
  text: string;
}

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, text } = event.data;
  self.postMessage({ id, preview: previewTranscript(text) });
};
