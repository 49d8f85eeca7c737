// The Baton API: GraphQL Yoga on a Cloudflare Worker. GraphiQL on GET /graphql.
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { createYoga, maskError } from "graphql-yoga";
import { useRequireAuth } from "./auth/require-auth.ts";
import { type Context, createContext, type ServerContext } from "./context.ts";
import type { Env } from "./env.ts";
import { handleRest } from "./rest/index.ts";
import { schema } from "./schema.ts";

export const yoga = createYoga<ServerContext, Context>({
  schema,
  context: createContext,
  graphqlEndpoint: "/graphql",
  landingPage: false,
  cors: (request) => ({
    origin: request.headers.get("origin") ?? "*",
    credentials: true,
    allowedHeaders: ["authorization", "content-type"],
    methods: ["GET", "POST", "OPTIONS"],
  }),
  plugins: [
    useRequireAuth(),
    maxDepthPlugin({ n: 12, exposeLimits: true }),
    costLimitPlugin({ maxCost: 20_000, exposeLimits: true }),
  ],
  maskedErrors: {
    // Invalid ids and cursors are the caller's mistake: say so. Everything unexpected stays masked.
    maskError(error, message, isDev) {
      const original = error instanceof GraphQLError ? error.originalError : error;
      if (original instanceof PothosValidationError) {
        return new GraphQLError(original.message, { extensions: { code: "BAD_USER_INPUT" } });
      }
      return maskError(error, message, isDev);
    },
  },
});

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    // The original orchestrator's REST endpoints (/api/…), served over the same schema.
    return (await handleRest(request, env, ctx, yoga)) ?? yoga.fetch(request, { env, ctx });
  },
} satisfies ExportedHandler<Env>;
