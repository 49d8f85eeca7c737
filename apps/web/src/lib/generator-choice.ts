/** The writer a person picks for a handoff run; "" lets the API choose (the model when one is configured). */
export type GeneratorChoice = "" | "RULES" | "MODEL";
