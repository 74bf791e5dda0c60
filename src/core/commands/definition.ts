// What a slash command is: typed data (name, options, handler) that every front end (CLI,
// Discord, Slack) runs the same way. Handlers return a NeutralMessage and never see a platform.
import type { NeutralMessage } from '../messages/neutral-message.js';
import type { Services } from '../services.js';

export type OptionKind = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'channel';

export interface OptionChoice {
  name: string;
  value: string;
}

/** One option of a command. Names are lower-case kebab (Discord's rule, applied everywhere). */
export interface OptionDefinition {
  readonly name: string;
  readonly description: string;
  readonly kind: OptionKind;
  readonly required?: boolean;
  readonly choices?: readonly OptionChoice[];
  /** Suggest values while the user types (Discord autocomplete; CLI/Slack ignore it). */
  readonly autocomplete?: boolean;
  /** Bounds for integer/number options. */
  readonly min?: number;
  readonly max?: number;
  /** Longest accepted string; defaults to 200. */
  readonly maxLength?: number;
}

type ValueOf<K extends OptionKind> = K extends 'integer' | 'number' ? number : K extends 'boolean' ? boolean : K extends 'date' ? Date : string;

/** The typed options a handler receives, inferred from its option definitions. */
export type OptionsOf<O extends readonly OptionDefinition[]> = {
  [P in O[number] as P['name']]: P['required'] extends true ? ValueOf<P['kind']> : ValueOf<P['kind']> | undefined;
};

export type OptionValue = string | number | boolean | Date;
export type ParsedOptions = Record<string, OptionValue | undefined>;

/** Who is asking, and from where. */
export interface Invoker {
  platform: 'cli' | 'discord' | 'slack';
  userId: string;
  /** Discord guild id or Slack team id. */
  workspaceId?: string;
  channelId?: string;
  /** Allowed to run admin commands (Manage Server on Discord, admin/owner or listed on Slack; always in the CLI). */
  isAdmin: boolean;
}

export interface CommandContext {
  services: Services;
  invoker: Invoker;
  /** The full registry, for /help. */
  commands: readonly CommandDefinition[];
}

export type Handler = (ctx: CommandContext, options: ParsedOptions) => Promise<NeutralMessage>;
export type Autocomplete = (ctx: CommandContext, option: string, partial: string) => Promise<OptionChoice[]>;

/** A runnable leaf: a command without subcommands, or one subcommand. */
export interface Runnable {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionDefinition[];
  readonly handler: Handler;
  readonly autocomplete?: Autocomplete;
}

/** A slash command: either runnable itself, or a group of subcommands (`/feeds add`). */
export interface CommandDefinition {
  readonly name: string;
  readonly description: string;
  /** Only admins may run it; Discord hides it from members without Manage Server. */
  readonly admin?: boolean;
  /** May take longer than the 3-second interaction window: adapters defer first. */
  readonly slow?: boolean;
  readonly options?: readonly OptionDefinition[];
  readonly handler?: Handler;
  readonly autocomplete?: Autocomplete;
  readonly subcommands?: readonly Runnable[];
}

interface TypedRunnable<O extends readonly OptionDefinition[]> {
  name: string;
  description: string;
  options: O;
  handler: (ctx: CommandContext, options: OptionsOf<O>) => Promise<NeutralMessage>;
  autocomplete?: Autocomplete;
}

/** Declares a runnable command or subcommand with a handler typed by its options. */
export function defineRunnable<const O extends readonly OptionDefinition[]>(def: TypedRunnable<O>): Runnable {
  return def as unknown as Runnable;
}

/** Declares a command that runs directly. */
export function defineCommand<const O extends readonly OptionDefinition[]>(
  def: TypedRunnable<O> & { admin?: boolean; slow?: boolean },
): CommandDefinition {
  return def as unknown as CommandDefinition;
}

/** Declares a command made of subcommands. */
export function defineCommandGroup(def: {
  name: string;
  description: string;
  admin?: boolean;
  slow?: boolean;
  subcommands: readonly Runnable[];
}): CommandDefinition {
  return def;
}
