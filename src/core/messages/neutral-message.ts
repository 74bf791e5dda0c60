// The platform-neutral answer every command and alert produces. Adapters render it: embeds on
// Discord, Block Kit on Slack, plain text in the CLI. Text uses a small markdown subset that all
// three understand after conversion: **bold**, _italic_, `code` and [label](https://url).

/** One labelled value, shown as an embed field or a Block Kit section field. */
export interface MessageField {
  name: string;
  value: string;
  /** Side by side with neighbouring inline fields where the platform can. */
  inline?: boolean;
}

export interface MessageLink {
  label: string;
  url: string;
}

/** A picture sent with the message (the timeline chart). */
export interface MessageImage {
  filename: string;
  mimeType: 'image/png';
  data: Uint8Array;
  /** Alt text, also the text fallback where images cannot be shown. */
  alt: string;
}

/**
 * A button; `action` is routed back to the core (see core/commands/actions.ts), e.g.
 * `event:confirm:42`. Platform adapters carry it as custom_id / action_id.
 */
export interface MessageButton {
  action: string;
  label: string;
  style: 'primary' | 'success' | 'danger' | 'secondary';
}

export interface NeutralMessage {
  title?: string;
  /** Link on the title. */
  url?: string;
  text?: string;
  fields?: MessageField[];
  links?: MessageLink[];
  image?: MessageImage;
  buttons?: MessageButton[];
  /** Small print under the message, e.g. "3 sources". */
  footer?: string;
  timestamp?: Date;
  /** Accent colour as 0xRRGGBB. */
  color?: number;
  /** Visible only to the person who asked (errors, admin confirmations). */
  ephemeral?: boolean;
}

/** Accent colours by meaning, shared by every renderer. */
export const colors = {
  departure: 0xd9534f,
  arrival: 0x5cb85c,
  return: 0x5bc0de,
  role_change: 0xf0ad4e,
  info: 0x5865f2,
  error: 0x99aab5,
} as const;
