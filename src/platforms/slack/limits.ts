// Block Kit's hard limits (docs.slack.dev/reference/block-kit). Slack answers `invalid_blocks`
// when one is exceeded, so the renderer clips to these and says what it left out.

/** Blocks in one message. */
export const maxBlocks = 50;
/** Characters in a section's text object. */
export const maxSectionText = 3000;
/** Fields in one section. */
export const maxSectionFields = 10;
/** Characters in one section field. */
export const maxFieldText = 2000;
/** Characters in a header block's plain text. */
export const maxHeaderText = 150;
/** Elements in one context block. */
export const maxContextElements = 10;
/** Characters in one context text element (same cap as a text object). */
export const maxContextText = 3000;
/** Elements in one actions block. */
export const maxActionElements = 25;
/** Characters in a button's label. */
export const maxButtonText = 75;
/** Characters in a button's action_id. */
export const maxActionId = 255;
/** Characters in a button's value. */
export const maxButtonValue = 2000;
/** Characters in an image's alt text. */
export const maxAltText = 2000;
/**
 * Characters of the top-level `text` (the notification and screen-reader fallback). Slack accepts
 * 40,000 but recommends staying under 4,000; the fallback only needs to say what the message is.
 */
export const maxFallbackText = 3000;
