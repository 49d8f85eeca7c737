// Fidelity of a handoff measured against the version it was built on: what it carried, added, closed, dropped.
import { type HandoffFidelity, type Ledger, measureFidelity } from "@baton/engine";

export function fidelityAgainst(
  previous: Ledger | null,
  ledger: Ledger,
  prompt: string,
  included: string[],
): HandoffFidelity {
  const previousIds = new Set(previous?.items.map((i) => i.id) ?? []);
  const previousOpen = new Set(previous?.items.filter((i) => i.status === "OPEN").map((i) => i.id) ?? []);
  return measureFidelity({
    previous,
    ledger: { ...ledger, prompted: included },
    prompt,
    included,
    added: ledger.items.filter((i) => !previousIds.has(i.id)).map((i) => i.id),
    closed: ledger.items.filter((i) => previousOpen.has(i.id) && i.status !== "OPEN").map((i) => i.id),
  });
}
