import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { drawScene } from "./scenes.ts";

/**
 * Draws the images of the sample briefs in content/ (node tools/media/draw-samples.ts).
 * They are made here, not photographed or copied, so the repository owns every pixel; the
 * outputs are committed, and this script only needs to run again to change them.
 */

const content = fileURLToPath(new URL("../../content/", import.meta.url));

/** A bar chart on a card with rounded, transparent corners: a PNG with alpha, which keeps a PNG fallback. */
function chartSvg(): string {
  const bars = [34, 52, 47, 71, 88];
  const labels = ["2021", "2022", "2023", "2024", "2025"];
  const width = 960;
  const height = 540;
  const bar = 110;
  const drawn = bars
    .map((value, index) => {
      const x = 120 + index * 160;
      const top = 460 - value * 4;
      return (
        `<rect x="${x}" y="${top}" width="${bar}" height="${value * 4}" fill="#b3121f"/>` +
        `<text x="${x + bar / 2}" y="${top - 12}" font-size="28" text-anchor="middle" fill="#1a1a1a">${value}</text>` +
        `<text x="${x + bar / 2}" y="500" font-size="26" text-anchor="middle" fill="#535353">${labels[index]}</text>`
      );
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
  <rect width="${width}" height="${height}" rx="28" fill="#ffffff"/>
  <line x1="90" y1="460" x2="930" y2="460" stroke="#535353" stroke-width="3"/>${drawn}</svg>`;
}

const images: Record<string, () => Promise<Buffer>> = {
  "media/samples/valdoria-harbour.jpg": () => drawScene(7, 1600, 1000),
  "media/guides/images-guide.jpg": () => drawScene(2, 1600, 900),
  "briefs/guides/valdoria-inspections-chart.png": () =>
    sharp(Buffer.from(chartSvg())).png({ compressionLevel: 9 }).toBuffer(),
};

for (const [path, draw] of Object.entries(images)) {
  const file = join(content, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await draw());
  console.log(`wrote content/${path}`);
}
