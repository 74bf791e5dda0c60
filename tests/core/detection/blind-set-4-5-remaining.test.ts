// Rules added for the classes the fourth and fifth blind sets still missed after their first fixes:
// a board seat regained, an exit told with its undoing, a headline's hire named in the summary next
// to a cited exit, a roster leaver's next job weeks after leaving; which way a move goes (an unnamed
// rival, an aside made former by the exit, a counted group hired, a threat's reach). Invented headlines, one rule each.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionThreshold } from '../../../src/core/detection/candidate.js';

describe('non-moves', () => {
  it('an exit told with "and then" its undoing is a past episode', () => {
    expect(detectedMoves('OpenAI unveils its new advisory council', 'During the turmoil, co-founder Jane Roe was abruptly fired and then reinstated as CEO of OpenAI.', '2025-03-10')).toEqual([]);
  });
});

describe("a headline's described mover named in the summary", () => {
  it('a company appointing someone tells its headline hire again, though another sentence cites their exit', () => {
    expect(detectedMoves('Amazon Hires Former OpenAI CTO to Run Its Lab', 'Amazon has appointed Jane Roe, the former CTO of OpenAI, to run its new lab. The decision comes after Roe\'s recent departure from OpenAI.', '2025-03-10')).toEqual(['Jane Roe:departure']);
  });
});

describe('known tenure', () => {
  it("a roster person who left weeks ago joining elsewhere is the exit's destination", () => {
    const title = 'Former OpenAI Scientist Joins Anthropic to lead a new group';
    const summary = 'Jan Leike, a former OpenAI scientist, joins Anthropic after his high-profile exit.';
    expect(detectedMoves(title, summary, '2024-06-05')).toEqual(['Jan Leike:departure']);
    // A year on, the same words are a former staffer's new job, no OpenAI move.
    expect(detectedMoves(title, summary, '2025-06-05')).toEqual([]);
  });
});

describe('direction', () => {
  it("an OpenAI person joining its unnamed rival leaves OpenAI", () => {
    expect(detectedMoves('The Head of Safety at OpenAI Has Joined Its Rival', '', '2025-03-10')).toEqual(['null:departure']);
  });

  it('an aside calling someone former, closed by their own exit, is that exit: the destination past "AI startup"', () => {
    const found = detectStaffingEvents({ title: 'A Big Talent Move in AI', summary: 'Dana Wolfe, formerly head of evals at OpenAI, has left the company to join rival AI startup Anthropic.', publishedAt: new Date('2025-03-10T12:00:00Z') });
    expect(found.filter((c) => c.confidence >= detectionThreshold).map((c) => [c.personName, c.type, c.destination])).toEqual([['Dana Wolfe', 'departure', 'Anthropic']]);
  });

  it('a counted group hired ("40+") is an arrival', () => {
    expect(detectedMoves('OpenAI hire 25+ ex-Google engineers', '', '2025-03-10')).toEqual(['null:arrival']);
  });

  it('a threat governs its own verb, not a later "and <Name>" clause; a condition still reaches past "and"', () => {
    expect(detectedMoves('OpenAI: Staff Threaten Exit Amid Board Dispute and Altman Rejoins the Company', '', '2023-11-22')).toEqual(['Sam Altman:return']);
    expect(detectedMoves('Staff threaten to quit unless the board resigns and Altman returns to OpenAI', '', '2023-11-20')).toEqual([]);
  });
});

describe('the mover opening a sentence of asides', () => {
  const summary = "Dana Wolfe, the OpenAI co-founder who last year joined two other directors to force out John Park, the company's chief executive, before saying she regretted it, is leaving the San Francisco A.I. company.";

  it('a verb closing the asides is the opening name\'s move, and joining others to oust someone is no move of the one ousted', () => {
    expect(detectedMoves('Board news from the AI world', summary, '2025-03-10')).toEqual(['Dana Wolfe:departure']);
  });

  it('the subject of a hire closing the asides is the hirer, no mover', () => {
    expect(detectedMoves('Rivals clash over talent', 'Jane Roe, who left Google in 2024, has hired senior DeepMind staff as OpenAI looks on.', '2025-12-20')).toEqual([]);
  });
});

describe('a move the news only follows', () => {
  it("under a headline whose news is someone's comment, a move cited after it is backdrop", () => {
    expect(detectedMoves("OpenAI executive says the startup is in good hands after CFO's sudden exit", 'OpenAI exec John Park told reporters the company is in good hands after CFO Jane Roe abruptly quit.', '2025-03-10')).toEqual([]);
  });

  it('under a headline reporting no move, an unnamed move cited after the news is backdrop, unless dated to these days', () => {
    expect(detectedMoves("OpenAI's COO wants partners to stay calm", 'OpenAI COO John Park called partners the day after three top execs suddenly left.', '2025-03-10')).toEqual([]);
    // The cited clause may run long before its verb.
    expect(detectedMoves('OpenAI at risk: staff threaten mass exodus', 'Dark clouds gather over OpenAI, after the leading artificial intelligence company decided to fire its chief executive Jane Roe.', '2025-03-10')).toEqual([]);
    expect(detectedMoves('OpenAI dissolves its safety team', 'OpenAI has dissolved its safety team following the resignation of its leader Jane Roe earlier this week.', '2025-03-10')).toEqual(['Jane Roe:departure']);
  });
});
