// Needs the browser: the chosen amount and frequency rewrite the donate link, and "Not now" is remembered in localStorage.
import { Component, createRef } from "preact";
import { readStored, writeStored } from "./browser.ts";
import { donateUrl, isSnoozed, snoozedUntil, type DonationFrequency, type DonationParams } from "../model/donate.ts";

interface Props {
  heading: string;
  appeal: string;
  /** The donate page: the link's target with or without JavaScript. */
  url: string;
  currency: string;
  /** Preset amounts with their labels already formatted in the page's language. */
  presets: { amount: number; label: string }[];
  params: DonationParams;
  notNowDays: number;
  labels: {
    donate: string;
    amount: string;
    frequency: string;
    oneTime: string;
    monthly: string;
    notNow: string;
    snoozed: string;
  };
}

interface State {
  enhanced: boolean;
  /** "before": hidden by an earlier "Not now"; "now": just dismissed, showing the confirmation. */
  snoozed: "no" | "now" | "before";
  amount: number | undefined;
  frequency: DonationFrequency;
}

const SNOOZE_KEY = "dispatch:donate:snoozed-until";

/** The donate appeal: a plain link from the server; amount, frequency and "Not now" in the browser. */
export default class DonateAppeal extends Component<Props, State> {
  override state: State = {
    enhanced: false,
    snoozed: "no",
    amount: this.props.presets[0]?.amount,
    frequency: "one-time",
  };
  confirmation = createRef<HTMLParagraphElement>();

  override componentDidMount() {
    const snoozed = isSnoozed(readStored(SNOOZE_KEY), Date.now());
    this.setState({ enhanced: true, snoozed: snoozed ? "before" : "no" });
  }

  override componentDidUpdate(_props: Props, previous: State) {
    // The button that had focus is gone; keep keyboard readers where they were.
    if (previous.snoozed !== "now" && this.state.snoozed === "now") this.confirmation.current?.focus();
  }

  notNow = () => {
    writeStored(SNOOZE_KEY, String(snoozedUntil(Date.now(), this.props.notNowDays)));
    this.setState({ snoozed: "now" });
  };

  choice(name: string, legend: string, options: [string, string, boolean, () => void][]) {
    return (
      <fieldset class="donate__choice">
        <legend>{legend}</legend>
        {options.map(([value, label, checked, select]) => (
          <label class="donate__option">
            <input type="radio" name={name} value={value} checked={checked} onChange={select} />
            {label}
          </label>
        ))}
      </fieldset>
    );
  }

  override render(props: Props, { enhanced, snoozed, amount, frequency }: State) {
    const { labels, presets } = props;
    if (snoozed === "before") return null;
    if (snoozed === "now") {
      return (
        <p class="donate__snoozed" role="status" tabIndex={-1} ref={this.confirmation}>
          {labels.snoozed}
        </p>
      );
    }
    const href = enhanced ? donateUrl(props.url, { amount, frequency }, props.currency, props.params) : props.url;
    const setFrequency = (value: DonationFrequency) => () => {
      this.setState({ frequency: value });
    };
    return (
      <aside class="donate" aria-labelledby="donate-heading">
        <h2 id="donate-heading" class="sr-only">
          {props.heading}
        </h2>
        <p class="donate__appeal">{props.appeal}</p>
        {enhanced &&
          presets.length > 0 &&
          this.choice(
            "donate-amount",
            labels.amount,
            presets.map((preset) => [
              String(preset.amount),
              preset.label,
              amount === preset.amount,
              () => {
                this.setState({ amount: preset.amount });
              },
            ]),
          )}
        {enhanced &&
          this.choice("donate-frequency", labels.frequency, [
            ["one-time", labels.oneTime, frequency === "one-time", setFrequency("one-time")],
            ["monthly", labels.monthly, frequency === "monthly", setFrequency("monthly")],
          ])}
        <p class="donate__actions">
          <a class="button button--donate" href={href}>
            {labels.donate}
          </a>
          {enhanced && (
            <button type="button" class="button button--ghost" onClick={this.notNow}>
              {labels.notNow}
            </button>
          )}
        </p>
      </aside>
    );
  }
}
