import { graphql, type ResultOf } from "@baton/schema";
import type { CombinedError } from "@urql/core";
import { serverApiClient } from "./api-client";

const ViewerQuery = graphql(`
  query Viewer {
    viewer { id email name }
  }
`);

export type Viewer = ResultOf<typeof ViewerQuery>["viewer"];

/** Who the token belongs to; also how the app layout finds out that a cookie's token is no longer valid. */
export async function fetchViewer(token: string): Promise<{ viewer: Viewer } | { error: CombinedError | undefined }> {
  const result = await serverApiClient(token).query(ViewerQuery, {}).toPromise();
  return result.data ? { viewer: result.data.viewer } : { error: result.error };
}
