import { describe, expect, it } from "vitest";
import { donateUrl, formatAmount, isSnoozed, snoozedUntil, type DonationParams } from "../../../src/model/donate.ts";

const params: DonationParams = {
  amount: "amount",
  currency: "currency",
  frequency: "frequency",
  oneTimeValue: "once",
  monthlyValue: "monthly",
};

describe("donateUrl", () => {
  it("adds amount, currency and frequency", () => {
    expect(donateUrl("https://org.example/donate/", { amount: 25, frequency: "one-time" }, "USD", params)).toBe(
      "https://org.example/donate/?amount=25&currency=USD&frequency=once",
    );
    expect(donateUrl("https://org.example/donate/", { amount: 100, frequency: "monthly" }, "EUR", params)).toBe(
      "https://org.example/donate/?amount=100&currency=EUR&frequency=monthly",
    );
  });

  it("keeps the donate page's own parameters and replaces stale ones", () => {
    const href = donateUrl(
      "https://org.example/give?campaign=fall&amount=5",
      { amount: 50, frequency: "monthly" },
      "USD",
      params,
    );
    expect(Object.fromEntries(new URL(href).searchParams)).toEqual({
      campaign: "fall",
      amount: "50",
      currency: "USD",
      frequency: "monthly",
    });
  });

  it("uses the configured parameter names and leaves out unnamed ones", () => {
    const custom = {
      ...params,
      amount: "amt",
      currency: "",
      frequency: "recurring",
      oneTimeValue: "0",
      monthlyValue: "1",
    };
    expect(donateUrl("https://org.example/d", { amount: 10, frequency: "monthly" }, "USD", custom)).toBe(
      "https://org.example/d?amt=10&recurring=1",
    );
  });

  it("without a valid amount sends only the frequency", () => {
    for (const amount of [undefined, 0, -5, Number.NaN]) {
      expect(donateUrl("https://org.example/d", { amount, frequency: "one-time" }, "USD", params)).toBe(
        "https://org.example/d?frequency=once",
      );
    }
  });
});

describe("formatAmount", () => {
  it("formats whole amounts without cents, in the reader's locale", () => {
    expect(formatAmount(25, "USD", "en-US")).toBe("$25");
    expect(formatAmount(25, "USD", "en-GB")).toBe("US$25");
    expect(formatAmount(1000, "EUR", "es-ES")).toMatch(/^1\.?000\s€$/);
    expect(formatAmount(12.5, "USD", "en-US")).toBe("$12.50");
  });
});

describe("Not now", () => {
  const now = Date.UTC(2024, 0, 1);

  it("hides the appeal for the configured number of days, then shows it again", () => {
    const until = String(snoozedUntil(now, 30));
    expect(isSnoozed(until, now)).toBe(true);
    expect(isSnoozed(until, now + 29 * 86_400_000)).toBe(true);
    expect(isSnoozed(until, now + 30 * 86_400_000)).toBe(false);
  });

  it("treats missing or garbled storage as not snoozed", () => {
    expect(isSnoozed(null, now)).toBe(false);
    expect(isSnoozed("soon", now)).toBe(false);
    expect(isSnoozed("", now)).toBe(false);
  });
});
