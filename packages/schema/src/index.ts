// Typed GraphQL documents for every client of the Baton API. The schema is printed from the API
// (`apps/api/scripts/print-schema.ts`) into ../schema.graphql; gql.tada turns it into types here.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; ID: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
