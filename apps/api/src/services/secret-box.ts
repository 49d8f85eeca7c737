// Encrypts per-user secrets (a model API token) at rest with AES-GCM under the Worker secret SETTINGS_KEY.
// The ciphertext is bound to the user id, so a row copied to another user does not decrypt.
import { badInput } from "../errors.ts";

const encoder = new TextEncoder();
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function keyFrom(secret: string | undefined): Promise<CryptoKey> {
  if (!secret) {
    throw badInput("This server has no SETTINGS_KEY secret, so it cannot store tokens: ask its operator to set one.");
  }
  const raw = await crypto.subtle.digest("SHA-256", encoder.encode(secret));
  return crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]);
}

export async function seal(secret: string | undefined, userId: string, plaintext: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: encoder.encode(userId) },
    await keyFrom(secret),
    encoder.encode(plaintext),
  );
  return `v1.${b64(iv)}.${b64(new Uint8Array(data))}`;
}

/** The plaintext, or null when it cannot be opened (key rotated, tampered row). */
export async function open(secret: string | undefined, userId: string, sealed: string): Promise<string | null> {
  const [version, iv, data] = sealed.split(".");
  if (version !== "v1" || !iv || !data || !secret) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: unb64(iv), additionalData: encoder.encode(userId) },
      await keyFrom(secret),
      unb64(data),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}
