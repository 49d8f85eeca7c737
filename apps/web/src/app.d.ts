// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /** The API token from the httpOnly session cookie; never exposed to browser code. */
      token: string | null;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
