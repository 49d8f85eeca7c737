// A line diff of two prompts (longest common subsequence), for showing what changed between handoff versions.

export type DiffOp = "SAME" | "ADDED" | "REMOVED";
export interface DiffLine {
  op: DiffOp;
  text: string;
}

// Prompts are ~2,000 tokens (a few hundred lines); past this the table would cost too much, so the rest is
// shown as removed and added wholesale.
const MAX_LINES = 3000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split("\n").slice(0, MAX_LINES);
  const b = after.split("\n").slice(0, MAX_LINES);
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: "SAME", text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ op: "REMOVED", text: a[i++]! });
    } else {
      out.push({ op: "ADDED", text: b[j++]! });
    }
  }
  while (i < a.length) out.push({ op: "REMOVED", text: a[i++]! });
  while (j < b.length) out.push({ op: "ADDED", text: b[j++]! });
  return out;
}
