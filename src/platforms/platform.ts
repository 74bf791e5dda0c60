// What main.ts needs from a chat platform adapter: start it, stop it.
export interface Platform {
  readonly name: string;
  start(): Promise<void>;
  /** Stops taking new interactions and lets in-flight ones finish. */
  stop(): Promise<void>;
}
