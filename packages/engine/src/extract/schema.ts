import type { TranscriptMessage } from "../types.ts";
import { addedLines } from "./added.ts";
import { type Candidate, makeCandidate } from "./candidate.ts";
import { writtenCode } from "./written.ts";

// The tables a session's migrations create or change, with their columns: Ecto (create table(:guests) …
// add :room_number), Rails (create_table :guests … t.string :room_number), SQL (CREATE TABLE guests (…)),
// Alembic (op.create_table("guests", sa.Column("room_number", …))). The data model outlives every session
// that touches it, and a next session should not have to reread the migrations to know it.

const TABLE_START: Array<[RegExp, RegExp]> = [
  [/\b(create(?:_if_not_exists)?|alter)\s+table\(\s*:(\w+)/, /^\s*(?:add|modify)\s+:(\w+)/],
  [/\b(create_table|change_table)\s+:(\w+)/, /^\s*t\.\w+\s+:(\w+)/],
  [
    /\b(CREATE|ALTER)\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`[]?(\w+)["`\]]?/i,
    /^\s*(?:ADD\s+(?:COLUMN\s+)?)?["`[]?([a-z_]\w*)["`\]]?\s+[A-Za-z]/,
  ],
  [/\bop\.(create_table|add_column)\(\s*["'](\w+)["']/, /\bsa\.Column\(\s*["'](\w+)["']/],
];
const TABLE_END = /^\s*(?:end\b|\)\s*;?\s*$|\);)/;
const NOT_COLUMN =
  /^(?:id|primary|foreign|constraint|unique|index|key|check|timestamps|inserted_at|updated_at|created_at)$/i;
// Columns dropped inside a table's block (Ecto "remove :x", SQL "DROP COLUMN x"), and statements naming
// their table themselves (Rails remove_column :t, :x; Alembic op.drop_column("t", "x")).
const DROPPED = [/^\s*remove\s+:(\w+)/, /\bDROP\s+COLUMN\s+["`[]?(\w+)/i];
const DROPPED_FROM = [/\bremove_column\s+:(\w+),\s*:(\w+)/, /\bop\.drop_column\(\s*["'](\w+)["'],\s*["'](\w+)/];
// What undoes a migration (Ecto/Alembic "down", Rails "def down") restores the old schema: no news.
const ROLLBACK = /\bdef\s+down(?:grade)?\b|\bdown\(\)|^\s*--\s*down\b/i;
const MAX_COLUMNS = 10;
const MAX_TABLES = 8;

interface Table {
  name: string;
  created: boolean;
  columns: string[];
  dropped: string[];
  ordinal: number;
}

const GLOBAL = new Map<RegExp, RegExp>();
function globally(pattern: RegExp): RegExp {
  const known = GLOBAL.get(pattern);
  if (known) return known;
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  GLOBAL.set(pattern, global);
  return global;
}

function tablesIn(lines: string[], ordinal: number, into: Map<string, Table>): void {
  let current: Table | null = null;
  let column: RegExp | null = null;
  for (const line of lines) {
    if (ROLLBACK.test(line)) return;
    for (const pattern of DROPPED_FROM) {
      const m = pattern.exec(line);
      if (!m?.[1] || !m[2]) continue;
      const table = into.get(m[1].toLowerCase()) ?? { name: m[1], created: false, columns: [], dropped: [], ordinal };
      if (!table.dropped.includes(m[2])) table.dropped.push(m[2]);
      into.set(m[1].toLowerCase(), table);
    }
    for (const [start, col] of TABLE_START) {
      const m = start.exec(line);
      if (!m?.[2]) continue;
      const name = m[2];
      current = into.get(name.toLowerCase()) ?? { name, created: false, columns: [], dropped: [], ordinal };
      current.created ||= /create/i.test(m[1] ?? "");
      current.ordinal = ordinal;
      into.set(name.toLowerCase(), current);
      column = col;
      break;
    }
    if (!current || !column) continue;
    for (const drop of DROPPED) {
      const gone = drop.exec(line)?.[1];
      if (gone && !current.dropped.includes(gone)) current.dropped.push(gone);
    }
    // Alembic lists columns inside the call; the others one per line until the block ends.
    for (const m of line.matchAll(globally(column))) {
      const name = m[1] ?? "";
      if (name && !NOT_COLUMN.test(name) && name !== current.name && !current.columns.includes(name))
        current.columns.push(name);
    }
    if (TABLE_END.test(line) && !/table/i.test(line)) current = null;
  }
}

export function schemaCandidates(messages: TranscriptMessage[]): Candidate[] {
  const tables = new Map<string, Table>();
  messages.forEach((message, ordinal) => {
    for (const [path, code] of writtenCode(message)) {
      if (!/migrat|schema|alembic|\.sql$|db[/\\]/i.test(path) || !/table|column/i.test(code)) continue;
      tablesIn(addedLines(code), ordinal, tables);
    }
  });
  const n = Math.max(1, messages.length - 1);
  return [...tables.values()]
    .filter((t) => t.columns.length > 0 || t.dropped.length > 0)
    .slice(0, MAX_TABLES)
    .map((t) => {
      const added = t.columns.slice(0, MAX_COLUMNS).join(", ");
      const gone = t.dropped.length > 0 ? `drops ${t.dropped.slice(0, MAX_COLUMNS).join(", ")}` : "";
      const change = t.created ? added : [added && `gains ${added}`, gone].filter(Boolean).join("; ");
      const candidate = makeCandidate("NOTE", `Table \`${t.name}\`: ${change}`, {
        ordinal: t.ordinal,
        role: "ASSISTANT",
        position: t.ordinal / n,
        bonus: SCHEMA_BONUS,
      });
      // One key per table: its notes across sessions are one item, and no other item shares it (a column name
      // alone would tie the table to every remark about that column).
      candidate.keys = [`table ${t.name.toLowerCase()}`];
      return candidate;
    });
}

// Read from the migrations themselves: as reliable as the settings a configuration file states.
const SCHEMA_BONUS = 4;
