// The app area renders in the browser: its data comes from urql through /graphql, with loading states,
// and the server load above has already checked the session. Sign-in pages stay server-rendered.
export const ssr = false;
