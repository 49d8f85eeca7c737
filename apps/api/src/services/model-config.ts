// Which model writes a user's handoffs: their own settings first, then the server's; null when none is usable.
import type { Env } from "../env.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { open } from "./secret-box.ts";

export const DEFAULT_MODEL = "meta-llama/Llama-3.1-8B-Instruct";

export interface ModelConfig {
  model: string;
  endpointUrl: string | null;
  token: string | null;
  timeoutMs: number;
  idleTimeoutMs: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * The model configuration for `userId`. A model needs somewhere to run: an endpoint (user's or server's) or a
 * token for Hugging Face's router. Without either there is no model and RULES write the handoff.
 */
export async function modelConfigFor(db: PrismaClient, env: Env, userId: string): Promise<ModelConfig | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { modelName: true, modelEndpoint: true, modelTokenEnc: true },
  });
  const userToken = user?.modelTokenEnc ? await open(env.SETTINGS_KEY, userId, user.modelTokenEnc) : null;
  const endpointUrl = user?.modelEndpoint || env.MODEL_ENDPOINT || null;
  const token = userToken || env.HF_TOKEN || null;
  if (!endpointUrl && !token) return null;
  return {
    model: user?.modelName || env.MODEL_ID || DEFAULT_MODEL,
    endpointUrl,
    token,
    // Below the 30 s that `waitUntil` work may run after the response, so the rules can still take over in time.
    timeoutMs: positive(env.MODEL_TIMEOUT_MS, 25_000),
    idleTimeoutMs: positive(env.MODEL_IDLE_TIMEOUT_MS, 15_000),
  };
}
