// Accounts: the AI-assistant subscriptions a person works through (Claude, Cursor…), with credits used per session.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { newId } from "../db.ts";
import { badInput, notFound } from "../errors.ts";
import { accountUsage, type UsageDay } from "../services/growth.ts";
import { checkPageArgs, nonNegativeInt, requiredText } from "../validation.ts";
import { Session } from "./session.ts";
import { User } from "./user.ts";

const PLATFORMS = ["CLAUDE", "CURSOR", "CHATGPT", "COPILOT", "CODEX", "AIDER", "GEMINI", "OTHER"] as const;
type Platform = (typeof PLATFORMS)[number];
export const AccountPlatform = builder.enumType("AccountPlatform", { values: PLATFORMS });
const MAX_ACCOUNTS = 100;
const MAX_USAGE_DAYS = 366;

/** Credits used per account: the accounts resolved in one tick share one GROUP BY query (1 bound id list). */
const pending = new WeakMap<Context, { ids: Set<string>; sums: Promise<Map<string, number>> }>();
function creditsUsed(ctx: Context, accountId: string): Promise<number> {
  let batch = pending.get(ctx);
  if (!batch) {
    const ids = new Set<string>();
    const sums = Promise.resolve().then(async () => {
      pending.delete(ctx);
      const { results } = await ctx.env.DB.prepare(
        `SELECT "accountId" AS id, COALESCE(SUM("creditsUsed"), 0) AS used FROM "Session"
         WHERE "ownerId" = ? AND "accountId" IN (SELECT value FROM json_each(?)) GROUP BY "accountId"`,
      )
        .bind(ctx.requireViewer().id, JSON.stringify([...ids]))
        .all<{ id: string; used: number }>();
      return new Map(results.map((r) => [r.id, r.used]));
    });
    batch = { ids, sums };
    pending.set(ctx, batch);
  }
  batch.ids.add(accountId);
  return batch.sums.then((sums) => sums.get(accountId) ?? 0);
}

const AccountUsageDay = builder.objectRef<UsageDay>("AccountUsageDay").implement({
  fields: (t) => ({
    date: t.exposeString("date", { description: "A UTC day, YYYY-MM-DD." }),
    sessions: t.exposeInt("sessions", { description: "Sessions started that day with this account." }),
    creditsUsed: t.exposeInt("creditsUsed"),
  }),
});

export const Account = builder.prismaNode("Account", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ownerId: ctx.viewer?.id ?? "" }),
  fields: (t) => ({
    platform: t.field({
      type: AccountPlatform,
      select: { platform: true },
      resolve: (a) => (PLATFORMS.includes(a.platform as Platform) ? (a.platform as Platform) : "OTHER"),
    }),
    name: t.exposeString("name"),
    creditsAvailable: t.exposeInt("creditsAvailable", { nullable: true }),
    creditsUsed: t.int({
      description: "Credits used by the account's sessions, summed.",
      select: { id: true },
      resolve: (a, _args, ctx) => creditsUsed(ctx, a.id),
    }),
    creditsRemaining: t.int({
      nullable: true,
      description: "creditsAvailable − creditsUsed; null when no credits are set.",
      select: { id: true, creditsAvailable: true },
      resolve: async (a, _args, ctx) =>
        a.creditsAvailable == null ? null : a.creditsAvailable - (await creditsUsed(ctx, a.id)),
    }),
    sessionCount: t.relationCount("sessions"),
    sessions: t.relatedConnection("sessions", {
      cursor: "id",
      totalCount: true,
      description: "Sessions worked through this account, newest first: credits used per session.",
      query: (args) => {
        checkPageArgs(args);
        return { orderBy: [{ startedAt: "desc" }, { id: "desc" }] };
      },
    }),
    usage: t.field({
      type: [AccountUsageDay],
      description: "Sessions and credits per UTC day over the last `days` days (oldest first, days without use as 0).",
      args: { days: t.arg.int({ defaultValue: 30 }) },
      select: { id: true, ownerId: true },
      resolve: (a, { days }, ctx) => {
        const span = days ?? 30;
        if (!Number.isInteger(span) || span < 1 || span > MAX_USAGE_DAYS) {
          throw badInput(`days must be between 1 and ${MAX_USAGE_DAYS}`, "days");
        }
        return accountUsage(ctx.env.DB, a.ownerId, a.id, span);
      },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectFields(User, (t) => ({
  accounts: t.relation("accounts", { query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
}));
builder.prismaObjectFields(Session, (t) => ({
  account: t.relation("account", { nullable: true }),
}));

const CreateAccountInput = builder.inputType("CreateAccountInput", {
  fields: (t) => ({
    platform: t.field({ type: AccountPlatform, required: true }),
    name: t.string({ required: true }),
    creditsAvailable: t.int(),
  }),
});
const UpdateAccountInput = builder.inputType("UpdateAccountInput", {
  fields: (t) => ({
    id: t.globalID({ required: true, for: Account }),
    platform: t.field({ type: AccountPlatform }),
    name: t.string(),
    creditsAvailable: t.int({ description: "null clears it." }),
  }),
});
const AccountPayload = builder.objectRef<{ accountId: string }>("AccountPayload").implement({
  fields: (t) => ({
    account: t.prismaField({
      type: "Account",
      resolve: (query, parent, _args, ctx) =>
        ctx.db.account.findUniqueOrThrow({ ...query, where: { id: parent.accountId } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  createAccount: t.field({
    type: AccountPayload,
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ownerId = ctx.requireViewer().id;
      if ((await ctx.db.account.count({ where: { ownerId } })) >= MAX_ACCOUNTS) {
        throw badInput(`At most ${MAX_ACCOUNTS} accounts: delete one first.`);
      }
      const account = await ctx.db.account.create({
        data: {
          id: newId(),
          ownerId,
          platform: input.platform,
          name: requiredText(input.name, "name", 100),
          creditsAvailable: nonNegativeInt(input.creditsAvailable, "creditsAvailable"),
        },
      });
      return { accountId: account.id };
    },
  }),
  updateAccount: t.field({
    type: AccountPayload,
    args: { input: t.arg({ type: UpdateAccountInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { count } = await ctx.db.account.updateMany({
        where: { id: input.id.id, ownerId: ctx.requireViewer().id },
        data: {
          platform: input.platform ?? undefined,
          name: input.name == null ? undefined : requiredText(input.name, "name", 100),
          creditsAvailable:
            input.creditsAvailable === undefined
              ? undefined
              : nonNegativeInt(input.creditsAvailable, "creditsAvailable"),
        },
      });
      if (count === 0) throw notFound("Account");
      return { accountId: input.id.id };
    },
  }),
  deleteAccount: t.field({
    type: "ID",
    description: "Deletes the account; its sessions stay, without an account. Returns the deleted id.",
    args: { id: t.arg.globalID({ required: true, for: Account }) },
    resolve: async (_root, { id }, ctx) => {
      const { count } = await ctx.db.account.deleteMany({ where: { id: id.id, ownerId: ctx.requireViewer().id } });
      if (count === 0) throw notFound("Account");
      return encodeGlobalID("Account", id.id);
    },
  }),
}));
