import { runInNewContext, Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { offlinePage, serviceWorkerPlan, serviceWorkerSource, serviceWorkerUrl } from "../../../src/model/offline.ts";

describe("offlinePage", () => {
  it("says the page was not saved, in the reader's language, with a way home", () => {
    const page = offlinePage("es");
    expect(page.path).toBe("/es/offline/");
    expect(page.title).toBe("Sin conexión");
    expect(page.home).toEqual({ href: "/es/", label: "Ir a la portada" });
    expect(offlinePage("en").path).toBe("/offline/");
  });
});

describe("serviceWorkerPlan", () => {
  it("caches every language's home and offline page on install, and picks the offline page by path prefix", () => {
    const plan = serviceWorkerPlan(["en", "es"], "42");
    expect(plan.shell).toEqual(["/", "/offline/", "/es/", "/es/offline/"]);
    // Most specific first: /es/… before the root, which catches every other path.
    expect(plan.offlinePages).toEqual([
      { prefix: "/es/", page: "/es/offline/" },
      { prefix: "/", page: "/offline/" },
    ]);
    expect(serviceWorkerUrl()).toBe("/sw.js");
  });
});

describe("serviceWorkerSource", () => {
  const source = serviceWorkerSource(serviceWorkerPlan(["en", "es"], "20261203"));

  it("is valid JavaScript naming its versioned cache and its shell", () => {
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain('const CACHE="dispatch-20261203"');
    expect(source).toContain('SHELL=["/","/offline/","/es/","/es/offline/"]');
  });

  it("fetches from the network first and deletes older dispatch caches on activation", () => {
    expect(source).toMatch(/e\.respondWith\(fetch\(r\)/);
    expect(source).toContain('n.startsWith("dispatch-")&&n!=CACHE');
  });

  it("falls back to the cache, then to the offline page for a page never opened, and only for the site's own GETs", async () => {
    const cache = new Map<string, string>([
      ["/news/brief/opened/", "opened brief"],
      ["/offline/", "offline page"],
      ["/es/offline/", "página sin conexión"],
    ]);
    const listeners = new Map<string, (event: unknown) => void>();
    const responses: Promise<unknown>[] = [];
    const worker = {
      addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
      fetch: () => Promise.reject(new TypeError("offline")),
      caches: {
        match: (key: { url?: string } | string) =>
          Promise.resolve(cache.get(typeof key === "string" ? key : new URL(key.url ?? "").pathname)),
      },
      location: { origin: "https://news.example.org" },
    };
    runInNewContext(source, { ...worker, URL });
    const request = (path: string, origin = "https://news.example.org") => ({
      request: { method: "GET", mode: "navigate", url: `${origin}${path}` },
      respondWith: (response: Promise<unknown>) => responses.push(response),
    });
    const onFetch = listeners.get("fetch")!;
    for (const path of ["/news/brief/opened/", "/news/brief/never/", "/es/news/brief/nunca/"]) onFetch(request(path));
    expect(await Promise.all(responses)).toEqual(["opened brief", "offline page", "página sin conexión"]);
    onFetch(request("/x/", "https://elsewhere.example"));
    expect(responses).toHaveLength(3);
  });
});
