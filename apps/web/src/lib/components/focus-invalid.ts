// `use:focusInvalid` on a form: after it is sent, focus goes to the first field marked aria-invalid, so a
// keyboard or screen-reader user lands on what to fix and hears its message (the field's description) instead
// of staying on the submit button with the error somewhere above. Works for checks made before sending (the
// error is rendered in the same task) and for the API's answers (the field turns invalid later).

/** How long after sending an answer may still move focus: a late one must not pull focus from later typing. */
const ANSWER_WINDOW_MS = 30_000;

export function focusInvalid(form: HTMLFormElement) {
  let waitingSince: number | null = null;

  /** `keepWaiting`: the field may be an earlier answer's, still shown while the form waits for the new one. */
  const focusFirst = (keepWaiting = false) => {
    if (waitingSince === null || Date.now() - waitingSince > ANSWER_WINDOW_MS) return;
    const field = form.querySelector<HTMLElement>("[aria-invalid='true']");
    if (!field) return;
    if (!keepWaiting) waitingSince = null;
    field.focus();
  };

  const onSubmit = () => {
    waitingSince = Date.now();
    // After the submit handler has set its error and Svelte has rendered it (a microtask later).
    setTimeout(() => focusFirst(true), 0);
  };
  const onInput = () => {
    waitingSince = null;
  };
  const observer = new MutationObserver(() => focusFirst());
  observer.observe(form, { subtree: true, attributes: true, attributeFilter: ["aria-invalid"], childList: true });
  form.addEventListener("submit", onSubmit);
  form.addEventListener("input", onInput);

  return {
    destroy() {
      observer.disconnect();
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("input", onInput);
    },
  };
}
