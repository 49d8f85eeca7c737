// The executable schema, built once per isolate.
import { builder } from "./builder.ts";
import "./schema/index.ts";

export const schema = builder.toSchema({ sortSchema: true });
