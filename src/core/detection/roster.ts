// People the detector knows by name, seeded from the two May 2024 articles in shared/seeds and
// public facts. Unknown names are still found by extraction; this list fixes spellings
// ("Cocateo" -> Kokotajlo) and supplies role and team.
import type { RosterEntry } from '../domain.js';

export const roster: readonly RosterEntry[] = [
  { name: 'Sam Altman', aliases: ['Altman', 'Sam'], role: 'CEO', team: 'Leadership' },
  { name: 'Greg Brockman', aliases: ['Brockman'], role: 'President and co-founder', team: 'Leadership' },
  { name: 'Ilya Sutskever', aliases: ['Sutskever', 'Ilya', 'Ilya Sutskevar'], role: 'Chief Scientist and co-founder', team: 'Superalignment' },
  { name: 'Jan Leike', aliases: ['Leike'], role: 'Co-lead, Superalignment', team: 'Superalignment' },
  { name: 'Leopold Aschenbrenner', aliases: ['Aschenbrenner', 'Leopold Aschenbrener'], role: 'Researcher', team: 'Superalignment' },
  { name: 'Pavel Izmailov', aliases: ['Izmailov', 'Pavel Ismailov', 'Ismailov'], role: 'Researcher', team: 'Superalignment' },
  { name: 'Daniel Kokotajlo', aliases: ['Kokotajlo', 'Daniel Cocateo', 'Cocateo', 'Daniel Kokotaijlo'], role: 'Researcher', team: 'Governance' },
  { name: 'William Saunders', aliases: ['Saunders'], role: 'Researcher', team: 'Superalignment' },
  { name: "Cullen O'Keefe", aliases: ["O'Keefe", 'Cullen OKeefe', 'Cullen O’Keefe', 'O’Keefe'], role: 'Research lead, policy frontiers', team: 'Policy' },
  { name: 'John Schulman', aliases: ['Schulman'], role: 'Co-founder; safety and post-training lead', team: 'Alignment' },
];
