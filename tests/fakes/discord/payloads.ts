// Realistic Discord API v10 objects for the fake: snowflakes, users, guilds, channels, messages and
// the INTERACTION_CREATE payloads Discord sends for slash commands, autocomplete and buttons.

const discordEpoch = 1_420_070_400_000n;
let increment = 0n;

/** A real-looking snowflake (timestamp << 22 | increment), 18-19 digits. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return ((BigInt(Date.now()) - discordEpoch) << 22n | increment).toString();
}

/** Permission bits as Discord sends them (decimal strings). */
export const permissions = {
  /** View, send, embed links, attach files, read history, use application commands. */
  member: ((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n)).toString(),
  /** The same plus Manage Server. */
  moderator: ((1n << 5n) | (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n)).toString(),
} as const;

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  bot?: boolean;
}

export function userObject(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    global_name: user.global_name ?? null,
    discriminator: '0',
    avatar: null,
    bot: user.bot ?? false,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
}

function textChannelObject(id: string, guildId: string, name: string): Record<string, unknown> {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function guildObject(guild: { id: string; name: string; ownerId: string; channels: { id: string; name: string }[] }): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    max_members: 500000,
    max_video_channel_users: 25,
    application_id: null,
    features: [],
    roles: [{ id: guild.id, name: '@everyone', permissions: permissions.member, position: 0, color: 0, hoist: false, managed: false, mentionable: false, icon: null, unicode_emoji: null, flags: 0 }],
    emojis: [],
    stickers: [],
    joined_at: new Date('2024-05-01T00:00:00Z').toISOString(),
    large: false,
    unavailable: false,
    member_count: 3,
    members: [],
    channels: guild.channels.map((c) => textChannelObject(c.id, guild.id, c.name)),
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    premium_progress_bar_enabled: false,
    nsfw: false,
  };
}

/** A message as Discord returns it from a create or an edit. */
export function messageObject(message: {
  id: string;
  channelId: string;
  author: FakeUser;
  body: Record<string, unknown>;
  applicationId?: string;
  webhookId?: string;
  editedAt?: string | null;
  attachments?: { id: string; filename: string; size: number; content_type?: string; description?: string }[];
}): Record<string, unknown> {
  const b = message.body;
  return {
    id: message.id,
    type: 0,
    channel_id: message.channelId,
    author: userObject(message.author),
    content: typeof b.content === 'string' ? b.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: message.editedAt ?? null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: (message.attachments ?? []).map((a) => ({ ...a, url: `https://cdn.example/${a.id}/${a.filename}`, proxy_url: `https://cdn.example/${a.id}/${a.filename}` })),
    embeds: Array.isArray(b.embeds) ? b.embeds : [],
    components: Array.isArray(b.components) ? b.components : [],
    pinned: false,
    flags: typeof b.flags === 'number' ? b.flags : 0,
    ...(message.webhookId ? { webhook_id: message.webhookId } : {}),
    ...(message.applicationId ? { application_id: message.applicationId } : {}),
  };
}

export interface InteractionBase {
  id: string;
  token: string;
  applicationId: string;
  guildId: string;
  channelId: string;
  channelName: string;
  user: FakeUser;
  /** Member permissions in the channel (a decimal bitfield string). */
  memberPermissions: string;
  appPermissions: string;
}

function interactionEnvelope(base: InteractionBase, type: number, data: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: base.id,
    application_id: base.applicationId,
    type,
    token: base.token,
    version: 1,
    locale: 'en-US',
    guild_locale: 'en-US',
    guild_id: base.guildId,
    guild: { id: base.guildId, locale: 'en-US', features: [] },
    channel_id: base.channelId,
    channel: textChannelObject(base.channelId, base.guildId, base.channelName),
    member: {
      user: userObject(base.user),
      roles: [],
      permissions: base.memberPermissions,
      joined_at: new Date('2024-05-02T00:00:00Z').toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      banner: null,
      communication_disabled_until: null,
      unusual_dm_activity_until: null,
    },
    app_permissions: base.appPermissions,
    entitlements: [],
    authorizing_integration_owners: { '0': base.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
    data,
    ...extra,
  };
}

/** One option as a user filled it in: value typed as Discord types it (string, number, boolean, channel id). */
export interface FilledOption {
  name: string;
  /** 3 STRING, 4 INTEGER, 5 BOOLEAN, 7 CHANNEL, 10 NUMBER. */
  type: 3 | 4 | 5 | 7 | 10;
  value: string | number | boolean;
  focused?: boolean;
}

function commandData(commandId: string, name: string, guildId: string, options: FilledOption[], subcommand: string | undefined, channels: Map<string, string>): Record<string, unknown> {
  const leaf = options.map((o) => ({ name: o.name, type: o.type, value: o.value, ...(o.focused ? { focused: true } : {}) }));
  const channelOptions = options.filter((o) => o.type === 7);
  const resolved = channelOptions.length
    ? {
        resolved: {
          channels: Object.fromEntries(
            channelOptions.map((o) => [String(o.value), { id: String(o.value), name: channels.get(String(o.value)) ?? 'channel', type: 0, permissions: permissions.member, guild_id: guildId }]),
          ),
        },
      }
    : {};
  return {
    id: commandId,
    name,
    type: 1,
    guild_id: guildId,
    options: subcommand ? [{ name: subcommand, type: 1, options: leaf }] : leaf,
    ...resolved,
  };
}

export function chatInputInteraction(base: InteractionBase, command: { id: string; name: string; subcommand?: string; options?: FilledOption[] }, channels: Map<string, string>): Record<string, unknown> {
  return interactionEnvelope(base, 2, commandData(command.id, command.name, base.guildId, command.options ?? [], command.subcommand, channels));
}

export function autocompleteInteraction(base: InteractionBase, command: { id: string; name: string; subcommand?: string; options: FilledOption[] }, channels: Map<string, string>): Record<string, unknown> {
  return interactionEnvelope(base, 4, commandData(command.id, command.name, base.guildId, command.options, command.subcommand, channels));
}

export function buttonInteraction(base: InteractionBase, customId: string, message: Record<string, unknown>): Record<string, unknown> {
  return interactionEnvelope(base, 3, { custom_id: customId, component_type: 2 }, { message });
}
