// Prisma over the request's D1 binding. Prisma on D1 has no interactive transactions: writes that must be
// atomic are sent as one `D1Database.batch()` (see services/*.ts).
import { PrismaD1 } from "@prisma/adapter-d1";
import { PrismaClient } from "./generated/prisma/client.ts";

const clients = new WeakMap<D1Database, PrismaClient>();

/** One client per D1 binding object; the binding is stable for an isolate, so the client is reused. */
export function prismaFor(d1: D1Database): PrismaClient {
  let client = clients.get(d1);
  if (!client) {
    client = new PrismaClient({ adapter: new PrismaD1(d1) });
    clients.set(d1, client);
  }
  return client;
}

/** The format Prisma's D1 adapter writes DateTime columns in, for raw SQL that must match it. */
export const sqlDate = (date: Date = new Date()) => date.toISOString().replace("Z", "+00:00");

export const newId = () => crypto.randomUUID();
