// Every operation but signUp/signIn (and introspection, which GraphiQL needs) requires a signed-in viewer.
// Checked once per operation here, before any resolver runs, rather than trusted to each resolver.
import { type DefinitionNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";

const PUBLIC_FIELDS = new Set(["signUp", "signIn", "__schema", "__type", "__typename"]);

export function useRequireAuth(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      if (context.viewer) return;
      const operation = args.document.definitions.find(
        (d: DefinitionNode): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
      );
      const onlyPublic = operation?.selectionSet.selections.every(
        (s: SelectionNode) => s.kind === Kind.FIELD && PUBLIC_FIELDS.has(s.name.value),
      );
      if (onlyPublic) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError("Sign in first: send `Authorization: Bearer <token>`.", {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          }),
        ],
      });
    },
  };
}
