/** Open Graph's recommended size; pages claim it in og:image:width/height without loading the renderer. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
