import type { TranscriptMessage } from "../src/types.ts";

// Synthetic sessions: sentences of every kind the extractor reads, with distinct identifiers per session so
// the ledger keeps growing (the worst case for the budget).

const TEMPLATES: Array<(n: number) => TranscriptMessage> = [
  (n) => ({ role: "USER", content: `Never call \`legacy_api_${n}\` directly from the handlers.` }),
  (n) => ({ role: "USER", content: `Let's use \`Store${n}\` instead of \`Cache${n}\` for the session data.` }),
  (n) => ({ role: "USER", content: `Add a \`--flag-${n}\` option to \`tool run\`.` }),
  (n) => ({ role: "ASSISTANT", content: `Created \`src/feature_${n}/index.ts\` and wired it into \`src/app.ts\`.` }),
  (n) => ({
    role: "ASSISTANT",
    content: `Using \`worker_threads\` for job ${n} didn't work: it hangs forever, so I reverted it.`,
  }),
  (n) => ({ role: "TOOL", content: `Bash command: pnpm test --filter feature_${n}, description: run tests` }),
  (n) => ({
    role: "ASSISTANT",
    content: `## Summary\n- Added \`--flag-${n}\` to \`tool run\`\n## Next steps\n- Document \`--flag-${n}\` in README.md`,
  }),
  (n) => ({ role: "TOOL", content: `Error: TypeError: Cannot read properties of undefined (reading 'item${n}')` }),
  (n) => ({ role: "USER", content: `The API for job ${n} listens on localhost:${5000 + (n % 1000)}.` }),
];

/** A session of `size` messages drawn deterministically from `pick` (indices into the templates). */
export function syntheticSession(session: number, pick: number[]): TranscriptMessage[] {
  return pick.map((t, i) => {
    const template = TEMPLATES[t % TEMPLATES.length];
    if (!template) throw new Error("unreachable");
    return template(session * 100 + i);
  });
}

export const TEMPLATE_COUNT = TEMPLATES.length;
