import { describe, expect, it } from "vitest";
import { dispatchIntegrations, integrationOrderProblem } from "../../../src/build/integrations.ts";

const required = ["a", "b", "c"];

describe("the order of the build's integrations", () => {
  it("is fine when the required ones come once each, in order, the last of them last", () => {
    expect(integrationOrderProblem(required, ["a", "b", "c"])).toBeUndefined();
    expect(integrationOrderProblem(required, ["first", "a", "between", "b", "c"])).toBeUndefined();
  });

  it("is wrong when one is reordered, missing or there twice", () => {
    expect(integrationOrderProblem(required, ["a", "c", "b"])).toBe('"b" must come before "c"');
    expect(integrationOrderProblem(required, ["a", "c"])).toBe('"b" is there not at all, and must be there once');
    expect(integrationOrderProblem(required, ["a", "b", "b", "c"])).toBe(
      '"b" is there 2 times, and must be there once',
    );
  });

  it("is wrong when anything follows the last one", () => {
    expect(integrationOrderProblem(required, ["a", "b", "c", "late"])).toMatch(
      /^"c" must come last, .* "late" follows it$/,
    );
  });

  it("of dispatchIntegrations() passes its own check, which fails a config that reorders it", () => {
    const integrations = dispatchIntegrations();
    const names = integrations.map((integration) => integration.name);
    expect(names.at(-1)).toBe("dispatch-output-complete");
    const check = integrations[0]!.hooks["astro:config:done"] as (options: {
      config: { integrations: unknown[] };
    }) => void;
    expect(() => {
      check({ config: { integrations } });
    }).not.toThrow();
    const swapped = [...integrations];
    const sitemap = names.indexOf("@astrojs/sitemap");
    [swapped[sitemap], swapped[sitemap + 1]] = [swapped[sitemap + 1]!, swapped[sitemap]!];
    expect(() => {
      check({ config: { integrations: swapped } });
    }).toThrow(/out of order in the Astro config: "@astrojs\/sitemap" must come before "dispatch-output-folder"/);
  });
});
