// People the detector knows by name, seeded from the two May 2024 articles in shared/seeds and
// public facts about OpenAI staff who moved in 2023-2025. Unknown names are still found by
// extraction; this list fixes spellings ("Cocateo" -> Kokotajlo), supplies role and team, and tells
// the detector that a bare surname ("Sutskever resigns") means an OpenAI person.
// Surname-only aliases are left out for common surnames (Chen, Wong, Taylor) to avoid false matches.
import type { RosterEntry } from '../domain.js';

export const roster: readonly RosterEntry[] = [
  // Seed articles (May 2024).
  { name: 'Sam Altman', aliases: ['Altman', 'Sam'], role: 'CEO', team: 'Leadership' },
  { name: 'Greg Brockman', aliases: ['Brockman', 'GDB'], role: 'President and co-founder', team: 'Leadership' },
  { name: 'Ilya Sutskever', aliases: ['Sutskever', 'Ilya', 'Ilya Sutskevar'], role: 'Chief Scientist and co-founder', team: 'Superalignment' },
  { name: 'Jan Leike', aliases: ['Leike'], role: 'Co-lead, Superalignment', team: 'Superalignment' },
  { name: 'Leopold Aschenbrenner', aliases: ['Aschenbrenner', 'Leopold Aschenbrener'], role: 'Researcher', team: 'Superalignment' },
  { name: 'Pavel Izmailov', aliases: ['Izmailov', 'Pavel Ismailov', 'Ismailov', 'Pavel Izmalkov', 'Izmalkov'], role: 'Researcher', team: 'Superalignment' },
  { name: 'Daniel Kokotajlo', aliases: ['Kokotajlo', 'Daniel Cocateo', 'Cocateo', 'Daniel Kokotaijlo'], role: 'Researcher', team: 'Governance' },
  { name: 'William Saunders', aliases: ['Saunders'], role: 'Researcher', team: 'Superalignment' },
  { name: "Cullen O'Keefe", aliases: ["O'Keefe", 'Cullen OKeefe', 'Cullen O’Keefe', 'O’Keefe'], role: 'Research lead, policy frontiers', team: 'Policy' },
  { name: 'John Schulman', aliases: ['Schulman'], role: 'Co-founder; safety and post-training lead', team: 'Alignment' },
  // Executives and research leaders who left, returned or changed roles.
  { name: 'Mira Murati', aliases: ['Murati'], role: 'Chief Technology Officer', team: 'Leadership' },
  { name: 'Bob McGrew', aliases: ['McGrew'], role: 'Chief Research Officer', team: 'Research' },
  { name: 'Barret Zoph', aliases: ['Zoph', 'Barrett Zoph'], role: 'VP of Research, post-training', team: 'Research' },
  { name: 'Andrej Karpathy', aliases: ['Karpathy'], role: 'Founding member, research scientist', team: 'Research' },
  { name: 'Jakub Pachocki', aliases: ['Pachocki'], role: 'Chief Scientist', team: 'Research' },
  { name: 'Aleksander Madry', aliases: ['Madry', 'Aleksander Mądry', 'Alexander Madry'], role: 'Head of Preparedness', team: 'Preparedness' },
  { name: 'Lilian Weng', aliases: ['Weng'], role: 'VP of Research and Safety', team: 'Safety Systems' },
  { name: 'Miles Brundage', aliases: ['Brundage'], role: 'Senior Advisor for AGI Readiness', team: 'Policy' },
  { name: 'Rosie Campbell', aliases: [], role: 'Policy researcher', team: 'Policy' },
  { name: 'Richard Ngo', aliases: [], role: 'Governance researcher', team: 'Governance' },
  { name: 'Gretchen Krueger', aliases: ['Krueger'], role: 'Policy researcher', team: 'Policy' },
  { name: 'Peter Deng', aliases: [], role: 'VP of Consumer Product', team: 'Product' },
  { name: 'Alec Radford', aliases: ['Radford'], role: 'Researcher', team: 'Research' },
  { name: 'Liam Fedus', aliases: ['Fedus', 'William Fedus'], role: 'VP of Research, post-training', team: 'Research' },
  { name: 'Evan Morikawa', aliases: ['Morikawa'], role: 'Engineering lead, Applied', team: 'Applied' },
  { name: 'Durk Kingma', aliases: ['Diederik Kingma', 'Kingma'], role: 'Co-founder, research scientist', team: 'Research' },
  { name: 'Jerry Tworek', aliases: ['Tworek'], role: 'VP of Research', team: 'Research' },
  { name: 'Tom Cunningham', aliases: [], role: 'Economic researcher', team: 'Economic Research' },
  // Board, November 2023 and after.
  { name: 'Helen Toner', aliases: ['Toner'], role: 'Board member', team: 'Board' },
  { name: 'Tasha McCauley', aliases: ['McCauley'], role: 'Board member', team: 'Board' },
  { name: "Adam D'Angelo", aliases: ["D'Angelo", 'Adam D’Angelo', 'D’Angelo'], role: 'Board member', team: 'Board' },
  { name: 'Emmett Shear', aliases: [], role: 'Interim CEO', team: 'Leadership' },
  { name: 'Bret Taylor', aliases: [], role: 'Board chair', team: 'Board' },
  { name: 'Larry Summers', aliases: [], role: 'Board member', team: 'Board' },
  // Arrivals and current leaders.
  { name: 'Kevin Weil', aliases: [], role: 'Chief Product Officer', team: 'Product' },
  { name: 'Sarah Friar', aliases: ['Friar'], role: 'Chief Financial Officer', team: 'Leadership' },
  { name: 'Fidji Simo', aliases: ['Simo'], role: 'CEO of Applications', team: 'Applications' },
  { name: 'Mark Chen', aliases: [], role: 'Chief Research Officer', team: 'Research' },
  { name: 'Hannah Wong', aliases: [], role: 'Chief Communications Officer', team: 'Communications' },
  { name: 'Brad Lightcap', aliases: ['Lightcap'], role: 'Chief Operating Officer', team: 'Leadership' },
  { name: 'Jason Kwon', aliases: [], role: 'Chief Strategy Officer', team: 'Leadership' },
  { name: 'Joanne Jang', aliases: [], role: 'Head of Model Behavior', team: 'Model Behavior' },
  { name: 'Nick Turley', aliases: ['Turley'], role: 'Head of ChatGPT', team: 'Product' },
  { name: 'Caitlin Kalinowski', aliases: ['Kalinowski'], role: 'Head of Robotics and Consumer Hardware', team: 'Hardware' },
  { name: 'Vijaye Raji', aliases: [], role: 'CTO of Applications', team: 'Applications' },
  { name: 'Kyle Kosic', aliases: ['Kosic'], role: 'Infrastructure engineer', team: 'Infrastructure' },
  { name: 'Joaquin Quiñonero Candela', aliases: ['Joaquin Quinonero Candela'], role: 'Head of Preparedness', team: 'Preparedness' },
  // Researchers recruited by Meta's superintelligence lab in June-July 2025.
  { name: 'Lucas Beyer', aliases: [], role: 'Researcher', team: 'Zurich' },
  { name: 'Alexander Kolesnikov', aliases: ['Kolesnikov'], role: 'Researcher', team: 'Zurich' },
  { name: 'Xiaohua Zhai', aliases: [], role: 'Researcher', team: 'Zurich' },
  { name: 'Shengjia Zhao', aliases: [], role: 'Researcher', team: 'Research' },
  { name: 'Jason Wei', aliases: [], role: 'Researcher', team: 'Research' },
  { name: 'Hyung Won Chung', aliases: [], role: 'Researcher', team: 'Research' },
  { name: 'Trapit Bansal', aliases: [], role: 'Researcher', team: 'Research' },
];
