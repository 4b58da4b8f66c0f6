interface ImportMetaEnv {
  /** True only under `astro dev`: drafts are never built into a production site. */
  readonly DISPATCH_SHOW_DRAFTS: boolean;
  /** The build's time as an ISO string, fixed once per build (`DISPATCH_NOW` overrides the clock). */
  readonly DISPATCH_NOW: string;
}
