// Users, sign-up/sign-in and personal API tokens.

import { DUMMY_HASH, hashPassword, verifyPassword } from "../auth/password.ts";
import { issueToken } from "../auth/tokens.ts";
import { builder } from "../builder.ts";
import { newId } from "../db.ts";
import { badInput, forbidden, notFound, unauthenticated } from "../errors.ts";
import { email, requiredText, text } from "../validation.ts";

export const User = builder.prismaNode("User", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  // Only the viewer's own user is reachable by id.
  findUnique: (id, ctx) => ({ id, AND: [{ id: ctx.viewer?.id ?? "" }] }),
  fields: (t) => ({
    email: t.exposeString("email"),
    name: t.exposeString("name", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    apiTokens: t.relatedConnection("tokens", {
      cursor: "id",
      query: () => ({ where: { kind: "PERSONAL", revokedAt: null }, orderBy: { createdAt: "desc" } }),
      totalCount: true,
    }),
  }),
});

export const ApiToken = builder.prismaNode("ApiToken", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ownerId: ctx.viewer?.id ?? "" }),
  fields: (t) => ({
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

const AuthPayload = builder.objectRef<{ token: string; userId: string }>("AuthPayload").implement({
  fields: (t) => ({
    token: t.exposeString("token"),
    user: t.prismaField({
      type: "User",
      resolve: (query, parent, _args, ctx) => ctx.db.user.findUniqueOrThrow({ ...query, where: { id: parent.userId } }),
    }),
  }),
});

const CreateApiTokenPayload = builder
  .objectRef<{ token: string; apiTokenId: string }>("CreateApiTokenPayload")
  .implement({
    fields: (t) => ({
      token: t.exposeString("token", { description: "The token itself: shown this once, stored only as a hash." }),
      apiToken: t.prismaField({
        type: "ApiToken",
        resolve: (query, parent, _args, ctx) =>
          ctx.db.apiToken.findUniqueOrThrow({ ...query, where: { id: parent.apiTokenId } }),
      }),
    }),
  });

const SignUpInput = builder.inputType("SignUpInput", {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }), name: t.string() }),
});
const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

builder.queryField("viewer", (t) =>
  t.prismaField({
    type: "User",
    resolve: async (query, _root, _args, ctx) => {
      const user = await ctx.db.user.findUnique({ ...query, where: { id: ctx.requireViewer().id } });
      if (!user) throw unauthenticated("The account behind this token no longer exists.");
      return user;
    },
  }),
);

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayload,
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.env.SIGNUP_ENABLED === "false") throw forbidden("Sign-up is turned off on this server.");
      const address = email(input.email);
      if (input.password.length < 8) throw badInput("password needs 8+ characters", "password");
      if (input.password.length > 1024) throw badInput("password is longer than 1024 characters", "password");
      const name = text(input.name, "name", { max: 200 });
      if (await ctx.db.user.findUnique({ where: { email: address }, select: { id: true } })) {
        throw badInput("An account with this email already exists: sign in instead.", "email");
      }
      const id = newId();
      await ctx.db.user.create({
        data: { id, email: address, name, passwordHash: await hashPassword(input.password) },
      });
      const { token } = await issueToken(ctx.db, id, "SIGN_IN", "sign-up");
      return { token, userId: id };
    },
  }),
  signIn: t.field({
    type: AuthPayload,
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const user = await ctx.db.user.findUnique({ where: { email: input.email.trim().toLowerCase() } });
      const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok) throw unauthenticated("Wrong email or password.");
      const { token } = await issueToken(ctx.db, user.id, "SIGN_IN", "sign-in");
      return { token, userId: user.id };
    },
  }),
  createApiToken: t.field({
    type: CreateApiTokenPayload,
    args: {
      input: t.arg({
        type: builder.inputType("CreateApiTokenInput", { fields: (f) => ({ name: f.string({ required: true }) }) }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const name = requiredText(input.name, "name", 100);
      const { token, row } = await issueToken(ctx.db, ctx.requireViewer().id, "PERSONAL", name);
      return { token, apiTokenId: row.id };
    },
  }),
  signOut: t.boolean({
    description: "Revokes the token this request was made with (a sign-in or a personal token).",
    resolve: async (_root, _args, ctx) => {
      const viewer = ctx.requireViewer();
      await ctx.db.apiToken.updateMany({
        where: { id: viewer.tokenId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      return true;
    },
  }),
  revokeApiToken: t.prismaField({
    type: "ApiToken",
    args: { id: t.arg.globalID({ for: ApiToken, required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const ownerId = ctx.requireViewer().id;
      const { count } = await ctx.db.apiToken.updateMany({
        where: { id: id.id, ownerId, kind: "PERSONAL" },
        data: { revokedAt: new Date() },
      });
      if (count === 0) throw notFound("API token");
      return ctx.db.apiToken.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
}));
