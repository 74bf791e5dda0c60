// The light and control verbs news copy puts between a mover and the move itself: "goes on
// sabbatical", "decides to resign", "is set to join", "agrees to step aside", "is poised to exit".
// They say nothing about who moves, so a named subject (binding.ts) and an unnamed one
// (unnamed-movers.ts) may both stand before them: one list, so both readings accept the same wordings.
// Wishes, threats and attempts ("wants to", "threatens to", "tries to") are not here: those moves
// have not happened (live-triggers.ts); "planned to" is dropped there too, as a plan not carried out.
export const lightVerbs: readonly string[] = `decides decided deciding opts opted chooses chose agrees agreed plans planned planning
  prepares prepared preparing poised set due slated expected likely about going goes went gets got heads headed`.split(/\s+/);
