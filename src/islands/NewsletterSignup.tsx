// Needs the browser: it posts the sign-up with fetch so the reader stays on the page, and announces the result.
import { Component } from "preact";

interface Props {
  /** From `newsletterForm` (src/model/newsletter.ts). */
  action: string;
  emailField: string;
  hiddenFields: { name: string; value: string }[];
  /** Id of the e-mail input, unique on the page. */
  inputId: string;
  labels: { email: string; submit: string; sending: string; done: string; failed: string };
}

interface State {
  status: "idle" | "sending" | "done" | "failed";
}

/**
 * The sign-up form. Server-rendered it is a plain form that posts to the provider (and
 * leaves the page); once hydrated it posts in place. `no-cors`: providers rarely send CORS
 * headers, so the answer cannot be read, only whether it arrived.
 */
export default class NewsletterSignup extends Component<Props, State> {
  override state: State = { status: "idle" };

  submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") body.append(name, value);
    this.setState({ status: "sending" });
    fetch(this.props.action, { method: "POST", mode: "no-cors", body }).then(
      () => {
        this.setState({ status: "done" });
        form.reset();
      },
      () => {
        this.setState({ status: "failed" });
      },
    );
  };

  override render({ action, emailField, hiddenFields, inputId, labels }: Props, { status }: State) {
    return (
      <form class="newsletter__form" action={action} method="post" onSubmit={this.submit}>
        <label for={inputId}>{labels.email}</label>
        <input id={inputId} type="email" name={emailField} autocomplete="email" required />
        {hiddenFields.map((field) => (
          <input type="hidden" name={field.name} value={field.value} />
        ))}
        <button type="submit" class="button" disabled={status === "sending"}>
          {labels.submit}
        </button>
        <p class="newsletter__status" role="status" aria-live="polite">
          {status === "idle" ? "" : labels[status]}
        </p>
      </form>
    );
  }
}
