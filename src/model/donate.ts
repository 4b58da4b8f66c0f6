import { numberFormat } from "../lib/intl.ts";

/** How often a reader chooses to give. */
export type DonationFrequency = "one-time" | "monthly";

export interface DonationChoice {
  /** Whole or decimal amount in `currency`; undefined leaves the amount to the donate page. */
  amount?: number | undefined;
  frequency: DonationFrequency;
}

/** Query parameter names the donate page understands (`site.config.ts` → `donate.params`). */
export interface DonationParams {
  amount: string;
  currency: string;
  frequency: string;
  oneTimeValue: string;
  monthlyValue: string;
}

/**
 * The donate link for a reader's choice. Parameters already on `baseUrl` are kept (a
 * campaign code, say); the ones named in `params` are replaced, and a parameter whose
 * name is empty is left out, so a donate page that takes no amount still gets a clean link.
 */
export function donateUrl(baseUrl: string, choice: DonationChoice, currency: string, params: DonationParams): string {
  const url = new URL(baseUrl);
  const set = (name: string, value: string | undefined) => {
    if (!name) return;
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  };
  const hasAmount = choice.amount !== undefined && Number.isFinite(choice.amount) && choice.amount > 0;
  set(params.amount, hasAmount ? String(choice.amount) : undefined);
  set(params.currency, hasAmount ? currency : undefined);
  set(params.frequency, choice.frequency === "monthly" ? params.monthlyValue : params.oneTimeValue);
  return url.href;
}

/** "$25", "25 US$": a preset as readers of `locale` write money, without cents for whole amounts. */
export function formatAmount(amount: number, currency: string, locale: string): string {
  return numberFormat(locale, {
    style: "currency",
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** Epoch milliseconds until which the appeal stays hidden after "Not now" at `now`. */
export function snoozedUntil(now: number, days: number): number {
  return now + Math.max(0, days) * 24 * 60 * 60 * 1000;
}

/** Whether a stored "not now" deadline still hides the appeal; anything unreadable does not. */
export function isSnoozed(stored: string | null, now: number): boolean {
  const until = Number(stored);
  return stored !== null && Number.isFinite(until) && until > now;
}
