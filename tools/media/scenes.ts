import sharp from "sharp";

/**
 * Pictures drawn by script, for sample content and the benchmark corpus: an SVG landscape
 * (sky, hills, water, a few boats) rasterised by sharp, with film grain laid over it so
 * that encoders see texture like a photo's rather than flat colour, which would make every
 * size look smaller than a real photo's. Nothing is downloaded or copied.
 */

/** A small deterministic random sequence, so a seed always draws the same picture. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

const PALETTES = [
  { sky: ["#f6c48b", "#8a5a8c"], hills: "#3e4a5c", sea: "#24415e" },
  { sky: ["#bfe3f5", "#6aa6cf"], hills: "#4d6b3c", sea: "#2f5f7a" },
  { sky: ["#fbe3c0", "#e48f5a"], hills: "#6b4a34", sea: "#5b4b63" },
  { sky: ["#d9dde3", "#8e98a6"], hills: "#525a4a", sea: "#3b4654" },
];

/** The SVG of scene `seed` at `width`×`height`. */
export function sceneSvg(seed: number, width: number, height: number): string {
  const random = randomFrom(seed);
  const palette = PALETTES[seed % PALETTES.length]!;
  const horizon = Math.round(height * (0.55 + random() * 0.15));
  const ridge = Array.from({ length: 9 }, (_, step) => {
    const x = Math.round((width * step) / 8);
    const y = Math.round(horizon - height * (0.08 + random() * 0.2));
    return `L${x},${y}`;
  }).join(" ");
  const boats = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
    const x = Math.round(width * (0.1 + random() * 0.75));
    const y = Math.round(horizon + (height - horizon) * (0.25 + random() * 0.5));
    const size = Math.round(width * (0.04 + random() * 0.05));
    return (
      `<path d="M${x},${y} l${size},0 l${-size * 0.2},${size * 0.3} l${-size * 0.6},0 z" fill="#1c1c1c"/>` +
      `<path d="M${x + size * 0.45},${y} l0,${-size * 0.9} l${size * 0.4},${size * 0.8} z" fill="#f1efe9"/>`
    );
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${palette.sky[0]}"/><stop offset="1" stop-color="${palette.sky[1]}"/>
    </linearGradient>
  </defs>
  <g>
    <rect width="${width}" height="${horizon}" fill="url(#sky)"/>
    <circle cx="${Math.round(width * (0.2 + random() * 0.6))}" cy="${Math.round(horizon * 0.35)}" r="${Math.round(height * 0.07)}" fill="#fff6e0" opacity="0.85"/>
    <path d="M0,${horizon} ${ridge} L${width},${horizon} z" fill="${palette.hills}"/>
    <rect y="${horizon}" width="${width}" height="${height - horizon}" fill="${palette.sea}"/>
    ${boats}
  </g>
</svg>`;
}

/** Scene `seed` as a JPEG of `width`×`height`. */
export async function drawScene(seed: number, width: number, height: number): Promise<Buffer> {
  const grain = await sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 14 } },
  })
    .png()
    .toBuffer();
  return sharp(Buffer.from(sceneSvg(seed, width, height)))
    .composite([{ input: grain, blend: "soft-light" }])
    .jpeg({ quality: 86, mozjpeg: true })
    .toBuffer();
}
