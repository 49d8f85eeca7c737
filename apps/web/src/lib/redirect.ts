export const HOME_PATH = "/dashboard";

/**
 * Where to go after signing in. Only paths on this site are accepted, so a crafted
 * `?redirectTo=https://evil.example` (or the protocol-relative `//evil.example`) cannot send people away.
 */
export function safeRedirectPath(target: unknown): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return HOME_PATH;
  }
  return target;
}
