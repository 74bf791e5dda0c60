// People the detector knows by name, seeded from the two May 2024 articles in shared/seeds and
// public facts about OpenAI staff who moved in 2023-2025. Unknown names are still found by
// extraction; this list fixes spellings ("Cocateo" -> Kokotajlo), supplies role and team, and tells
// the detector that a bare surname ("Sutskever resigns") means an OpenAI person.
// Surname-only aliases are left out for common surnames (Chen, Wong, Taylor) to avoid false matches.
import type { RosterEntry } from '../domain.js';

export const roster: readonly RosterEntry[] = [
  // Seed articles (May 2024).
  // Fired (Altman) and quit (Brockman) on 17 November 2023, back under the deal of 21 November.
  { name: 'Sam Altman', aliases: ['Altman', 'Sam'], role: 'CEO', team: 'Leadership', earlierStints: [{ joined: '2015-12', left: '2023-11-17' }], joinedOpenAI: '2023-11-21' },
  { name: 'Greg Brockman', aliases: ['Brockman', 'GDB'], role: 'President and co-founder', team: 'Leadership', earlierStints: [{ joined: '2015-12', left: '2023-11-17' }], joinedOpenAI: '2023-11-21' },
  { name: 'Ilya Sutskever', aliases: ['Sutskever', 'Ilya', 'Ilya Sutskevar'], role: 'Chief Scientist and co-founder', team: 'Superalignment', leftOpenAI: '2024-05-14' },
  { name: 'Jan Leike', aliases: ['Leike'], role: 'Co-lead, Superalignment', team: 'Superalignment', leftOpenAI: '2024-05-15' },
  { name: 'Leopold Aschenbrenner', aliases: ['Aschenbrenner', 'Leopold Aschenbrener'], role: 'Researcher', team: 'Superalignment', leftOpenAI: '2024-04' },
  { name: 'Pavel Izmailov', aliases: ['Izmailov', 'Pavel Ismailov', 'Ismailov', 'Pavel Izmalkov', 'Izmalkov'], role: 'Researcher', team: 'Superalignment', leftOpenAI: '2024-04' },
  { name: 'Daniel Kokotajlo', aliases: ['Kokotajlo', 'Daniel Cocateo', 'Cocateo', 'Daniel Kokotaijlo'], role: 'Researcher', team: 'Governance', leftOpenAI: '2024-04' },
  { name: 'William Saunders', aliases: ['Saunders'], role: 'Researcher', team: 'Superalignment', leftOpenAI: '2024-02' },
  { name: "Cullen O'Keefe", aliases: ["O'Keefe", 'Cullen OKeefe', 'Cullen O’Keefe', 'O’Keefe'], role: 'Research lead, policy frontiers', team: 'Policy' },
  { name: 'John Schulman', aliases: ['Schulman'], role: 'Co-founder; safety and post-training lead', team: 'Alignment', leftOpenAI: '2024-08-05' },
  // Executives and research leaders who left, returned or changed roles.
  { name: 'Mira Murati', aliases: ['Murati'], role: 'Chief Technology Officer', team: 'Leadership', leftOpenAI: '2024-09-25' },
  { name: 'Bob McGrew', aliases: ['McGrew'], role: 'Chief Research Officer', team: 'Research', leftOpenAI: '2024-09-25' },
  { name: 'Barret Zoph', aliases: ['Zoph', 'Barrett Zoph'], role: 'VP of Research, post-training', team: 'Research' },
  // Founding member until Tesla in June 2017, back from February 2023 to February 2024.
  { name: 'Andrej Karpathy', aliases: ['Karpathy'], role: 'Founding member, research scientist', team: 'Research', earlierStints: [{ joined: '2015-12', left: '2017-06' }], joinedOpenAI: '2023-02-08', leftOpenAI: '2024-02-13' },
  { name: 'Jakub Pachocki', aliases: ['Pachocki'], role: 'Chief Scientist', team: 'Research' },
  { name: 'Aleksander Madry', aliases: ['Madry', 'Aleksander Mądry', 'Alexander Madry'], role: 'Head of Preparedness', team: 'Preparedness' },
  { name: 'Lilian Weng', aliases: ['Weng'], role: 'VP of Research and Safety', team: 'Safety Systems', leftOpenAI: '2024-11-15' },
  { name: 'Miles Brundage', aliases: ['Brundage'], role: 'Senior Advisor for AGI Readiness', team: 'Policy', leftOpenAI: '2024-10-23' },
  { name: 'Rosie Campbell', aliases: [], role: 'Policy researcher', team: 'Policy', leftOpenAI: '2024-11' },
  { name: 'Richard Ngo', aliases: [], role: 'Governance researcher', team: 'Governance', leftOpenAI: '2024-11' },
  { name: 'Gretchen Krueger', aliases: ['Krueger'], role: 'Policy researcher', team: 'Policy', leftOpenAI: '2024-05' },
  { name: 'Peter Deng', aliases: [], role: 'VP of Consumer Product', team: 'Product' },
  { name: 'Alec Radford', aliases: ['Radford'], role: 'Researcher', team: 'Research', leftOpenAI: '2024-12' },
  { name: 'Liam Fedus', aliases: ['Fedus', 'William Fedus'], role: 'VP of Research, post-training', team: 'Research', leftOpenAI: '2025-03' },
  { name: 'Evan Morikawa', aliases: ['Morikawa'], role: 'Engineering lead, Applied', team: 'Applied' },
  { name: 'Durk Kingma', aliases: ['Diederik Kingma', 'Kingma'], role: 'Co-founder, research scientist', team: 'Research', leftOpenAI: '2018' },
  { name: 'Jerry Tworek', aliases: ['Tworek'], role: 'VP of Research', team: 'Research' },
  { name: 'Tom Cunningham', aliases: [], role: 'Economic researcher', team: 'Economic Research' },
  // Board, November 2023 and after.
  { name: 'Helen Toner', aliases: ['Toner'], role: 'Board member', team: 'Board', leftOpenAI: '2023-11-29' },
  { name: 'Tasha McCauley', aliases: ['McCauley'], role: 'Board member', team: 'Board', leftOpenAI: '2023-11-29' },
  { name: "Adam D'Angelo", aliases: ["D'Angelo", 'Adam D’Angelo', 'D’Angelo'], role: 'Board member', team: 'Board' },
  { name: 'Emmett Shear', aliases: [], role: 'Interim CEO', team: 'Leadership', joinedOpenAI: '2023-11-20', leftOpenAI: '2023-11-22' },
  { name: 'Bret Taylor', aliases: [], role: 'Board chair', team: 'Board' },
  { name: 'Larry Summers', aliases: [], role: 'Board member', team: 'Board' },
  // Arrivals and current leaders.
  { name: 'Kevin Weil', aliases: [], role: 'Chief Product Officer', team: 'Product', joinedOpenAI: '2024-06-10' },
  { name: 'Sarah Friar', aliases: ['Friar'], role: 'Chief Financial Officer', team: 'Leadership', joinedOpenAI: '2024-06-10' },
  { name: 'Fidji Simo', aliases: ['Simo'], role: 'CEO of Applications', team: 'Applications', joinedOpenAI: '2025-05-08' },
  { name: 'Mark Chen', aliases: [], role: 'Chief Research Officer', team: 'Research' },
  { name: 'Hannah Wong', aliases: [], role: 'Chief Communications Officer', team: 'Communications' },
  { name: 'Brad Lightcap', aliases: ['Lightcap'], role: 'Chief Operating Officer', team: 'Leadership' },
  { name: 'Jason Kwon', aliases: [], role: 'Chief Strategy Officer', team: 'Leadership' },
  { name: 'Joanne Jang', aliases: [], role: 'Head of Model Behavior', team: 'Model Behavior' },
  { name: 'Nick Turley', aliases: ['Turley'], role: 'Head of ChatGPT', team: 'Product' },
  { name: 'Caitlin Kalinowski', aliases: ['Kalinowski'], role: 'Head of Robotics and Consumer Hardware', team: 'Hardware' },
  { name: 'Vijaye Raji', aliases: [], role: 'CTO of Applications', team: 'Applications', joinedOpenAI: '2025-09-02' },
  { name: 'Kyle Kosic', aliases: ['Kosic'], role: 'Infrastructure engineer', team: 'Infrastructure' },
  { name: 'Joaquin Quiñonero Candela', aliases: ['Joaquin Quinonero Candela'], role: 'Head of Preparedness', team: 'Preparedness' },
  // Researchers recruited by Meta's superintelligence lab in June-July 2025.
  { name: 'Lucas Beyer', aliases: [], role: 'Researcher', team: 'Zurich', leftOpenAI: '2025-06' },
  { name: 'Alexander Kolesnikov', aliases: ['Kolesnikov'], role: 'Researcher', team: 'Zurich', leftOpenAI: '2025-06' },
  { name: 'Xiaohua Zhai', aliases: [], role: 'Researcher', team: 'Zurich', leftOpenAI: '2025-06' },
  { name: 'Shengjia Zhao', aliases: [], role: 'Researcher', team: 'Research', leftOpenAI: '2025-06' },
  { name: 'Jason Wei', aliases: [], role: 'Researcher', team: 'Research', leftOpenAI: '2025-07' },
  { name: 'Hyung Won Chung', aliases: [], role: 'Researcher', team: 'Research', leftOpenAI: '2025-07' },
  { name: 'Trapit Bansal', aliases: [], role: 'Researcher', team: 'Research', leftOpenAI: '2025-06' },
];
