/**
 * Per-server settings the Discord edge needs. Implemented by the embedded database
 * (`src/io/database.ts`); kept as an interface so edges and tests depend on the contract.
 */
export interface ChannelSettingsStore {
  /** Channels of a server where the bot answers questions without being mentioned. */
  listQuestionChannels(guildId: string): string[];
  isQuestionChannel(guildId: string, channelId: string): boolean;
  /** Returns false when it was already enabled. */
  addQuestionChannel(guildId: string, channelId: string): boolean;
  /** Returns false when it was not enabled. */
  removeQuestionChannel(guildId: string, channelId: string): boolean;
}
