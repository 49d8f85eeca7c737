// Multi-row INSERT statements within D1's limit of 100 bound parameters per statement.

const MAX_PARAMS = 100;

/** INSERT … VALUES (…), (…) statements for `rows`, as many rows per statement as the parameter limit allows. */
export function insertRows(
  d1: D1Database,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): D1PreparedStatement[] {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const group = rows.slice(i, i + perStatement);
    statements.push(d1.prepare(head + group.map(() => tuple).join(", ")).bind(...group.flat()));
  }
  return statements;
}
