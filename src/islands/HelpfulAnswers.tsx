// Needs the browser: the answer is remembered in this reader's localStorage and, if configured, sent with sendBeacon.
import { Component } from "preact";
import { readStored, writeStored } from "./browser.ts";

type Answer = "yes" | "no";
const answers: Answer[] = ["yes", "no"];

interface Props {
  /** Brief slug: answers are remembered per brief. */
  briefId: string;
  /** URL answers are posted to; empty keeps them in the browser. */
  endpoint: string;
  /** Without JavaScript each answer is an e-mail to the newsroom. */
  emailHrefs: Record<Answer, string>;
  labels: Record<Answer, string> & { thanks: string };
}

interface State {
  enhanced: boolean;
  answer: Answer | null;
}

const storageKey = (briefId: string) => `dispatch:helpful:${briefId}`;

/** Yes/No for "Was this content helpful?": e-mail links from the server, remembered buttons in the browser. */
export default class HelpfulAnswers extends Component<Props, State> {
  override state: State = { enhanced: false, answer: null };

  override componentDidMount() {
    const stored = readStored(storageKey(this.props.briefId));
    this.setState({ enhanced: true, answer: stored === "yes" || stored === "no" ? stored : null });
  }

  choose(answer: Answer) {
    const { briefId, endpoint } = this.props;
    this.setState({ answer });
    writeStored(storageKey(briefId), answer);
    if (endpoint && typeof navigator.sendBeacon === "function") {
      // text/plain keeps the beacon a simple request: no CORS preflight, and the site sets no cookies.
      navigator.sendBeacon(endpoint, new Blob([JSON.stringify({ brief: briefId, answer })], { type: "text/plain" }));
    }
  }

  override render({ emailHrefs, labels }: Props, { enhanced, answer }: State) {
    return (
      <>
        <p class="helpful__answers">
          {answers.map((value) =>
            enhanced ? (
              <button
                type="button"
                class="button button--ghost"
                aria-pressed={answer === value}
                onClick={() => {
                  this.choose(value);
                }}
              >
                {labels[value]}
              </button>
            ) : (
              <a class="button button--ghost" href={emailHrefs[value]}>
                {labels[value]}
              </a>
            ),
          )}
        </p>
        <p class="helpful__status" role="status" aria-live="polite">
          {answer ? labels.thanks : ""}
        </p>
      </>
    );
  }
}
