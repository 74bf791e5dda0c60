// Rules added so the detector generalises past its development set: former staff who go
// somewhere, moves attributed to OpenAI rather than merely near it, passive appointments, people
// who only speak about a move, and the wider vocabulary headlines use for exits and arrivals.
import { describe, expect, it } from 'vitest';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionThreshold } from '../../../src/core/detection/candidate.js';
import { affiliationOf } from '../../../src/core/detection/affiliation.js';
import { namesOpenAiAsEmployer } from '../../../src/core/detection/interpret.js';

const published = new Date('2024-05-20T12:00:00Z');
const detect = (title: string, summary = '') =>
  detectStaffingEvents({ title, summary, publishedAt: published }).filter((c) => c.confidence >= detectionThreshold);
const moves = (title: string, summary = '') =>
  detect(title, summary).map((c) => `${c.personName}:${c.type}${c.destination ? `>${c.destination}` : ''}`).sort();

describe('former OpenAI staff', () => {
  it('going to a named employer is a departure with that destination', () => {
    expect(moves('Microsoft hires former OpenAI chief Sam Altman')).toEqual(['Sam Altman:departure>Microsoft']);
    expect(moves('Former OpenAI researcher Jan Leike joins Anthropic')).toEqual(['Jan Leike:departure>Anthropic']);
    expect(moves('Microsoft hires former OpenAI leaders Sam Altman and Greg Brockman')).toEqual(['Greg Brockman:departure>Microsoft', 'Sam Altman:departure>Microsoft']);
    // A headline's comma list without "and" that runs into a preposition.
    expect(moves('Microsoft swipes ex-OpenAI heads Altman, Brockman to head new AI research team')).toEqual(['Greg Brockman:departure>Microsoft', 'Sam Altman:departure>Microsoft']);
  });

  it('coming back is a return', () => {
    expect(moves('Former OpenAI researcher Jane Roe rejoins OpenAI')).toEqual(['Jane Roe:return']);
  });

  it('founding, raising, testifying or an exit the article dates long ago is not a move', () => {
    expect(detect('Former OpenAI CTO Mira Murati reportedly raising $1 billion', 'Murati, who served as interim CEO, left OpenAI and launched Thinking Machines Lab.')).toEqual([]);
    expect(detect('Anthropic hires former OpenAI researcher Jane Roe', 'Roe left OpenAI in 2019 and has since worked at Google.')).toEqual([]);
    expect(detect('Former OpenAI scientist Jane Roe launches a startup')).toEqual([]);
  });

  it('"former" is read at the start of a headline and after "ex-"', () => {
    const t = 'Former OpenAI CTO Mira Murati';
    expect(affiliationOf(t, t.indexOf('Mira'), t.length).affiliation).toBe('former-openai');
    const u = 'Microsoft swipes ex-OpenAI heads Altman';
    expect(affiliationOf(u, u.indexOf('Altman'), u.length).affiliation).toBe('former-openai');
  });
});

describe('the move must be attributed to OpenAI', () => {
  it('another employer stated in the headline carries over to the summary', () => {
    expect(detect('Scale AI CEO Alexandr Wang heads to Meta as part of $14 billion deal', 'Wang told employees he is stepping down to join Meta, which has trailed OpenAI and Google in the AI race.')).toEqual([]);
    expect(detect('Thinking Machines Lab founder Andrew Tulloch joins Meta', "Tulloch's departure from the company led by former OpenAI CTO Mira Murati follows Meta's interest.")).toEqual([]);
  });

  it('OpenAI named as a rival or yardstick is not an employer', () => {
    expect(namesOpenAiAsEmployer('Meta, which has trailed OpenAI in the AI race')).toBe(false);
    expect(namesOpenAiAsEmployer('a startup competing with OpenAI')).toBe(false);
    expect(namesOpenAiAsEmployer('as Alphabet responds to competition from OpenAI')).toBe(false);
    expect(namesOpenAiAsEmployer('she is leaving OpenAI')).toBe(true);
  });

  it('a later list member shares the first one\'s description', () => {
    const t = "Meta's chief AI scientist Yann LeCun and Jane Doe";
    expect(affiliationOf(t, t.indexOf('Jane'), t.length)).toEqual({ affiliation: 'other', organisation: 'Meta' });
  });
});

describe('appointments and role changes', () => {
  it('reads adverbs between auxiliary and participle', () => {
    expect(moves('OpenAI forms a science team', 'Kevin Weil, who was just named vice-president of OpenAI for Science, spoke on Monday.')).toEqual(['Kevin Weil:role_change']);
    expect(moves('Jane Roe was recently appointed chief financial officer of OpenAI')).toEqual(['Jane Roe:arrival']);
  });

  it('a relative clause with old news still does not count', () => {
    expect(detect('OpenAI ships a model', 'Kevin Weil, who was named product chief in 2022, demoed it.')).toEqual([]);
  });
});

describe('speakers are not movers', () => {
  it('whoever announces, confirms or welcomes a hire is not hired', () => {
    expect(moves('Peter Steinberger is joining OpenAI', 'Sam Altman announced the hire on X.')).toEqual(['Peter Steinberger:arrival']);
    expect(moves('OpenAI hires former Instagram exec', 'Sam Altman announced the hire on X of Peter Steinberger.')).toEqual(['Peter Steinberger:arrival']);
  });

  it('an own move announced without a determiner still binds', () => {
    expect(moves("OpenAI's lead safety researcher Lilian Weng announces departure")).toEqual(['Lilian Weng:departure']);
  });
});

describe('vocabulary of exits and arrivals', () => {
  it('moves towards a named employer', () => {
    expect(moves('OpenAI researcher Jason Wei defects to Meta')).toEqual(['Jason Wei:departure>Meta']);
    expect(moves('OpenAI researcher Lucas Beyer lands at Meta')).toEqual(['Lucas Beyer:departure>Meta']);
    expect(moves('OpenAI scientist Lucas Beyer decamps to Anthropic')).toEqual(['Lucas Beyer:departure>Anthropic']);
    expect(moves('OpenAI exec Lucas Beyer bolts for Meta')).toEqual(['Lucas Beyer:departure>Meta']);
    expect(moves('Meta nabs OpenAI researcher Trapit Bansal')).toEqual(['Trapit Bansal:departure>Meta']);
    expect(moves('OpenAI researcher Jason Wei poached by Meta')).toEqual(['Jason Wei:departure>Meta']);
  });

  it('leave, let go', () => {
    expect(moves('Greg Brockman takes leave from OpenAI')).toEqual(['Greg Brockman:departure']);
    expect(detect('Greg Brockman takes leave from OpenAI')[0]!.circumstance).toBe('sabbatical');
    expect(detect('OpenAI lets go of Leopold Aschenbrenner')[0]).toMatchObject({ type: 'departure', circumstance: 'fired' });
  });

  it('other senses of join, leave and hire stay silent', () => {
    for (const title of [
      'OpenAI joins forces with Microsoft', 'OpenAI joins hands with Reliance', 'Elon Musk joins lawsuit against OpenAI',
      'OpenAI hires law firm to fight Musk', 'OpenAI on hiring spree for robotics', 'OpenAI update leaves users frustrated',
      'OpenAI leaves room for improvement', 'Sam Altman says he won\'t leave OpenAI', 'Brockman denies leaving OpenAI',
      'OpenAI lays off 10 staff', 'Meta hires Scale AI CEO as OpenAI rivalry heats up',
    ]) expect(detect(title), title).toEqual([]);
  });
});
