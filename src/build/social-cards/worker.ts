// Runs in a worker thread so cold card rendering uses every core; fonts load once per worker.
import { parentPort } from "node:worker_threads";
import type { SocialCard } from "../../model/social-card.ts";
import { loadCardFonts, renderSocialCard } from "./draw.ts";

const fonts = await loadCardFonts();

async function renderCard({ id, card }: { id: number; card: SocialCard }): Promise<void> {
  try {
    const png = await renderSocialCard(card, fonts);
    // Copied, not transferred: resvg hands back memory that Node cannot move between threads.
    parentPort?.postMessage({ id, png });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

// renderCard reports every failure back as a message, so its promise never rejects.
parentPort?.on("message", (message: { id: number; card: SocialCard }) => void renderCard(message));
