interface ImportMetaEnv {
  /** True only under `astro dev`: drafts are never built into a production site. */
  readonly DISPATCH_SHOW_DRAFTS: boolean;
}
