// Discord's hard limits (discord.com/developers/docs: Messages, Embeds, Components, Application
// Commands). Discord answers a bare 400 "Invalid Form Body" when one is exceeded, so the renderer
// and the command JSON generator keep to these and say what they left out.

// --- embeds ---
/** Characters in an embed title. */
export const maxEmbedTitle = 256;
/** Characters in an embed description. */
export const maxEmbedDescription = 4096;
/** Fields in one embed. */
export const maxEmbedFields = 25;
/** Characters in a field name. */
export const maxFieldName = 256;
/** Characters in a field value. */
export const maxFieldValue = 1024;
/** Characters in an embed footer. */
export const maxFooterText = 2048;
/** Characters across title, description, field names and values, footer and author of all embeds of a message. */
export const maxEmbedTotal = 6000;
/** Longest URL Discord accepts on an embed title. */
export const maxEmbedUrl = 2048;

// --- components ---
/** Action rows in one message. */
export const maxActionRows = 5;
/** Buttons in one action row. */
export const maxButtonsPerRow = 5;
/** Characters in a button label. */
export const maxButtonLabel = 80;
/** Characters in a component's custom_id. */
export const maxCustomId = 100;

// --- attachments and other message parts ---
/** Characters in an attachment's description (its alt text). */
export const maxAttachmentDescription = 1024;
/** Characters in a message nonce (used as the delivery idempotency key). */
export const maxNonce = 25;

// --- application commands ---
/** Characters in a command, subcommand or option name (also lower case, no spaces). */
export const maxCommandName = 32;
/** Characters in a command, subcommand or option description. */
export const maxCommandDescription = 100;
/** Options (or subcommands) under one command or subcommand. */
export const maxCommandOptions = 25;
/** Choices of one option. */
export const maxOptionChoices = 25;
/** Characters in a choice's name and in a string choice's value. */
export const maxChoiceName = 100;
export const maxChoiceValue = 100;
/** Longest max_length a string option may declare. */
export const maxStringOptionLength = 6000;
/**
 * Characters across a command's names, descriptions and choice values (with its options and
 * subcommands). Discord's documented cap; the generator refuses a command above it.
 */
export const maxCommandCombinedCharacters = 4000;
/** Global chat-input commands per application. */
export const maxGlobalCommands = 100;
/** Autocomplete suggestions in one answer. */
export const maxAutocompleteChoices = 25;

/** Command and option names: lower-case letters, digits, `-` and `_` in any script (Discord's CHAT_INPUT rule). */
export const commandNamePattern = new RegExp(`^[-_'\\p{Ll}\\p{Lo}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,${maxCommandName}}$`, 'u');
