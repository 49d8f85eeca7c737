import type { TranscriptMessage } from "../types.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";

// Where the project runs on the developer's machine or network: local URLs with a port (localhost,
// 127.0.0.1, private LAN addresses, *.local / *.test hosts). The user opening one, or a server printing it
// again and again, is how the app is reached; a next session should not have to ask.

const LOCAL_URL =
  /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[a-z0-9-]+\.(?:local|test|localhost))(?::(\d{2,5}))\b/gi;
// Ports from 32768 up are handed out per run (test servers on a free port): no address to remember.
const EPHEMERAL_PORT = 32768;
const ROLE_WEIGHT = { USER: 3, ASSISTANT: 1, SYSTEM: 0.5, TOOL: 0.5 } as const;
const MAX_LISTED = 3;

export function addressCandidates(messages: TranscriptMessage[]): Candidate[] {
  const seen = new Map<string, { url: string; weight: number; ordinal: number }>();
  messages.forEach((message, ordinal) => {
    if (!message.content.includes("://")) return;
    for (const m of message.content.matchAll(LOCAL_URL)) {
      if (Number(m[1]) >= EPHEMERAL_PORT) continue;
      const url = m[0].toLowerCase();
      const entry = seen.get(url) ?? { url: m[0], weight: 0, ordinal };
      entry.weight += ROLE_WEIGHT[message.role];
      entry.ordinal = ordinal;
      seen.set(url, entry);
    }
  });
  const listed = [...seen.values()]
    .filter((e) => e.weight >= 2)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_LISTED);
  if (listed.length === 0) return [];
  const last = Math.max(...listed.map((e) => e.ordinal));
  const candidate = makeCandidate("NOTE", `Local addresses: ${listed.map((e) => e.url).join(", ")}`, {
    ordinal: last,
    role: "ASSISTANT",
    position: last / Math.max(1, messages.length - 1),
    bonus: 6,
  });
  candidate.keys = listed.map((e) => e.url.toLowerCase().replace(/^https?:\/\//, ""));
  return [candidate];
}
