// Bearer tokens: sign-in tokens (from signUp/signIn, expiring) and personal API tokens (createApiToken, until
// revoked). Only a SHA-256 of a token is stored; the token itself is shown once.
import { newId } from "../db.ts";
import type { PrismaClient, TokenKind } from "../generated/prisma/client.ts";

const SIGN_IN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
// Writing lastUsedAt on every request would double the writes; a minute's precision is enough to tell use.
const LAST_USED_PRECISION_MS = 60_000;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const b64url = btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
  return `baton_${b64url}`;
}

/** Creates a token row and returns the token (shown once) with the row. */
export async function issueToken(db: PrismaClient, ownerId: string, kind: TokenKind, name: string) {
  const token = randomToken();
  const row = await db.apiToken.create({
    data: {
      id: newId(),
      ownerId,
      kind,
      name,
      prefix: token.slice(0, 12),
      tokenHash: await sha256Hex(token),
      expiresAt: kind === "SIGN_IN" ? new Date(Date.now() + SIGN_IN_TTL_MS) : null,
    },
  });
  return { token, row };
}

/** The viewer behind `Authorization: Bearer <token>`, or null for a missing, unknown, revoked or expired token. */
export async function viewerFromRequest(db: PrismaClient, request: Request, ctx: ExecutionContext) {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: await sha256Hex(match[1]) } });
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    ctx.waitUntil(
      db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } }).then(
        () => undefined,
        () => undefined,
      ),
    );
  }
  return { id: row.ownerId, tokenId: row.id };
}
