// Every operation but signUp/signIn (and introspection, which GraphiQL needs) requires a signed-in viewer.
// Checked once per operation here, before any resolver runs, rather than trusted to each resolver.
import {
  type DefinitionNode,
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";

const PUBLIC_FIELDS = new Set(["signUp", "signIn", "__schema", "__type", "__typename"]);

interface OperationArgs {
  contextValue: unknown;
  document: DocumentNode;
  operationName?: string | null;
}

/** True when the operation may run: a viewer is signed in, or it selects only public root fields. */
function allowed(args: OperationArgs): boolean {
  if ((args.contextValue as Context).viewer) return true;
  const operation = args.document.definitions.find(
    (d: DefinitionNode): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
  );
  return (
    operation?.selectionSet.selections.every(
      (s: SelectionNode) => s.kind === Kind.FIELD && PUBLIC_FIELDS.has(s.name.value),
    ) ?? false
  );
}

const denied = () => ({
  errors: [
    new GraphQLError("Sign in first: send `Authorization: Bearer <token>`.", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    }),
  ],
});

export function useRequireAuth(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!allowed(args)) setResultAndStopExecution(denied());
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (!allowed(args)) setResultAndStopExecution(denied());
    },
  };
}
