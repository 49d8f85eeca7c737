// The viewer's model settings for model-written handoffs. The token is write-only: stored encrypted, never
// returned by the API and never logged.
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";
import { DEFAULT_MODEL } from "../services/model-config.ts";
import { seal } from "../services/secret-box.ts";
import { text } from "../validation.ts";
import { User } from "./user.ts";

interface ModelSettingsShape {
  model: string;
  endpointUrl: string | null;
  hasToken: boolean;
  serverConfigured: boolean;
}

const ModelSettings = builder.objectRef<ModelSettingsShape>("ModelSettings").implement({
  fields: (t) => ({
    model: t.exposeString("model", { description: `The model that writes handoffs (default ${DEFAULT_MODEL}).` }),
    endpointUrl: t.exposeString("endpointUrl", {
      nullable: true,
      description:
        "Your OpenAI-compatible endpoint (Ollama, llama.cpp, vLLM, TGI…); null: the server's or Hugging Face.",
    }),
    hasToken: t.exposeBoolean("hasToken", { description: "Whether you stored a token (it is never shown again)." }),
    configured: t.boolean({
      description: "Whether completions default to MODEL: you or the server set an endpoint or a token.",
      resolve: (s) => Boolean(s.endpointUrl || s.hasToken || s.serverConfigured),
    }),
  }),
});

builder.prismaObjectField(User, "modelSettings", (t) =>
  t.field({
    type: ModelSettings,
    select: { modelName: true, modelEndpoint: true, modelTokenEnc: true },
    resolve: (user, _args, ctx) => ({
      model: user.modelName || ctx.env.MODEL_ID || DEFAULT_MODEL,
      endpointUrl: user.modelEndpoint,
      hasToken: Boolean(user.modelTokenEnc),
      serverConfigured: Boolean(ctx.env.MODEL_ENDPOINT || ctx.env.HF_TOKEN),
    }),
  }),
);

const UpdateModelSettingsInput = builder.inputType("UpdateModelSettingsInput", {
  fields: (t) => ({
    model: t.string({ description: "Empty string: back to the default model." }),
    endpointUrl: t.string({ description: "Empty string: no endpoint of your own." }),
    token: t.string({ description: "Stored encrypted; empty string removes it." }),
  }),
});

function endpoint(value: string | null): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput("endpointUrl is not a URL", "endpointUrl");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw badInput("endpointUrl must be http(s)", "endpointUrl");
  return url.toString().replace(/\/+$/, "");
}

builder.mutationField("updateModelSettings", (t) =>
  t.prismaField({
    type: "User",
    args: { input: t.arg({ type: UpdateModelSettingsInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = ctx.requireViewer().id;
      const token = input.token == null ? undefined : text(input.token, "token", { max: 4096 });
      return ctx.db.user.update({
        ...query,
        where: { id },
        data: {
          modelName: input.model == null ? undefined : text(input.model, "model", { max: 200 }) || null,
          modelEndpoint:
            input.endpointUrl == null ? undefined : endpoint(text(input.endpointUrl, "endpointUrl", { max: 2000 })),
          modelTokenEnc: token === undefined ? undefined : token ? await seal(ctx.env.SETTINGS_KEY, id, token) : null,
        },
      });
    },
  }),
);
