// Per-request context: the database, the Worker's env, and who is asking.
import type { YogaInitialContext } from "graphql-yoga";
import { viewerFromRequest } from "./auth/tokens.ts";
import { prismaFor } from "./db.ts";
import type { Env } from "./env.ts";
import { unauthenticated } from "./errors.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";

export interface Viewer {
  id: string;
  tokenId: string;
}

export interface ServerContext {
  env: Env;
  ctx: ExecutionContext;
}

export interface Context extends ServerContext {
  db: PrismaClient;
  viewer: Viewer | null;
  /** The signed-in viewer, or an UNAUTHENTICATED error. */
  requireViewer(): Viewer;
}

export async function createContext(initial: YogaInitialContext & ServerContext): Promise<Context> {
  const db = prismaFor(initial.env.DB);
  const viewer = await viewerFromRequest(db, initial.request, initial.ctx);
  return {
    env: initial.env,
    ctx: initial.ctx,
    db,
    viewer,
    requireViewer() {
      if (!viewer) throw unauthenticated();
      return viewer;
    },
  };
}
