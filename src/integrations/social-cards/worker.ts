// Runs in a worker thread so cold card rendering uses every core; fonts load once per worker.
import { parentPort } from "node:worker_threads";
import { loadCardFonts, renderSocialCard, type SocialCard } from "../../lib/social-card.ts";

const fonts = await loadCardFonts();

parentPort?.on("message", async ({ id, card }: { id: number; card: SocialCard }) => {
  try {
    const png = await renderSocialCard(card, fonts);
    // Copied, not transferred: resvg hands back memory that Node cannot move between threads.
    parentPort?.postMessage({ id, png });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
