// Behaviour of the detector on the cases the issue names: what must fire, what must not, and the
// details it extracts (who, type, circumstance, role, destination, date, confidence).
import { describe, expect, it } from 'vitest';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionThreshold } from '../../../src/core/detection/candidate.js';

const published = new Date('2024-05-20T12:00:00Z');
const detect = (title: string, summary = '', publishedAt: Date | null = published) =>
  detectStaffingEvents({ title, summary, publishedAt }).filter((c) => c.confidence >= detectionThreshold);
const moves = (title: string, summary = '') => detect(title, summary).map((c) => `${c.personName}:${c.type}`).sort();

describe('detectStaffingEvents fires on', () => {
  it('exits, with circumstance and role', () => {
    const [murati] = detect('OpenAI CTO Mira Murati says she is leaving the company');
    expect(murati).toMatchObject({ personName: 'Mira Murati', type: 'departure', circumstance: 'left', role: 'CTO' });
    expect(detect('OpenAI fires two researchers, Leopold Aschenbrenner and Pavel Izmailov, over leaks')[0]).toMatchObject({ type: 'departure', circumstance: 'fired' });
    expect(moves('Greg Brockman is taking a sabbatical from OpenAI')).toEqual(['Greg Brockman:departure']);
    expect(detect('Greg Brockman is taking a sabbatical from OpenAI')[0]!.circumstance).toBe('sabbatical');
  });

  it('exits without OpenAI in the title when the summary or roster makes it clear', () => {
    expect(moves('Sutskever resigns', 'The co-founder and chief scientist of OpenAI announced his departure on Tuesday.')).toEqual(['Ilya Sutskever:departure']);
    expect(moves('Jan Leike resigns', 'He co-led the superalignment team.')).toEqual(['Jan Leike:departure']);
  });

  it('departures with a destination', () => {
    const [schulman] = detect('OpenAI co-founder John Schulman leaves for Anthropic');
    expect(schulman).toMatchObject({ personName: 'John Schulman', type: 'departure', destination: 'Anthropic' });
    const zurich = detect('Meta hires three OpenAI researchers', 'Lucas Beyer, Alexander Kolesnikov and Xiaohua Zhai, who worked at OpenAI\'s Zurich office, are joining Meta.');
    expect(zurich.map((c) => c.personName).sort()).toEqual(['Alexander Kolesnikov', 'Lucas Beyer', 'Xiaohua Zhai']);
    expect(zurich.every((c) => c.type === 'departure' && c.destination === 'Meta')).toBe(true);
  });

  it('arrivals at OpenAI from elsewhere', () => {
    expect(moves('OpenAI hires Instagram co-founder Kevin Systrom')).toEqual(['Kevin Systrom:arrival']);
    expect(moves("Meta's former hardware lead Caitlin Kalinowski joins OpenAI")).toEqual(['Caitlin Kalinowski:arrival']);
    expect(moves('OpenAI names Fidji Simo CEO of Applications', 'Simo, an OpenAI board member, will join later this year.')).toEqual(['Fidji Simo:arrival']);
  });

  it('returns', () => {
    expect(moves('Sam Altman returns as CEO of OpenAI')).toEqual(['Sam Altman:return']);
    expect(moves('Brockman back at OpenAI after three-month sabbatical')).toEqual(['Greg Brockman:return']);
  });

  it('role changes at OpenAI', () => {
    expect(moves('OpenAI promotes Mark Chen to chief research officer')).toEqual(['Mark Chen:role_change']);
    const [madry] = detect('OpenAI reassigns Aleksander Madry, its head of preparedness, to AI reasoning');
    expect(madry).toMatchObject({ type: 'role_change', circumstance: 'reassigned' });
  });
});

describe('detectStaffingEvents stays quiet on', () => {
  it('OpenAI product, funding and legal news', () => {
    expect(detect('OpenAI launches GPT-4o, leaving rivals scrambling')).toEqual([]);
    expect(detect('OpenAI raises $6.6 billion at a $157 billion valuation', 'Sam Altman said the round leaves the company well funded.')).toEqual([]);
    expect(detect('Musk sues OpenAI and Sam Altman', 'Musk, who left OpenAI\'s board in 2018, says the company betrayed its mission.')).toEqual([]);
  });

  it('departures and hires at other companies', () => {
    expect(detect('Google DeepMind researcher leaves for Anthropic')).toEqual([]);
    expect(detect("Meta's chief AI scientist quits", 'Yann LeCun is leaving Meta to start a company as rivals like OpenAI race ahead.')).toEqual([]);
    expect(detect('Microsoft hires Mustafa Suleyman to lead consumer AI', 'Microsoft has invested $13 billion in OpenAI.')).toEqual([]);
    expect(detect('xAI co-founder Igor Babuschkin leaves to start a venture firm', 'xAI competes with OpenAI.')).toEqual([]);
  });

  it('former OpenAI staff doing something else', () => {
    expect(detect('Former OpenAI researcher founds AI safety startup')).toEqual([]);
    expect(detect('Former OpenAI CTO Mira Murati raises $2 billion for Thinking Machines Lab')).toEqual([]);
    expect(detect('Ex-OpenAI researcher Daniel Kokotajlo testifies before the Senate')).toEqual([]);
  });

  it('"leave" in other senses', () => {
    expect(detect('OpenAI may leave the EU if regulations bite, Sam Altman says')).toEqual([]);
    expect(detect('ChatGPT outage leaves users confused', 'OpenAI said the problem was fixed.')).toEqual([]);
    expect(detect('Leave it to OpenAI to make a chatbot that flirts')).toEqual([]);
    expect(detect('OpenAI expands parental leave for employees')).toEqual([]);
    expect(detect('Sam Altman says he has no plans to leave OpenAI')).toEqual([]);
  });

  it('old moves recounted as background', () => {
    expect(detect('Why OpenAI keeps losing people', 'Andrej Karpathy left OpenAI in 2017 for Tesla, then came back.')).toEqual([]);
  });
});

describe('detectStaffingEvents details', () => {
  it('takes the date stated in the text, else the publication date', () => {
    const [saunders] = detect('Saunders speaks', 'William Saunders wrote: "I resigned from OpenAI on February 15, 2024."');
    expect(saunders!.occurredAt?.toISOString()).toBe('2024-02-15T00:00:00.000Z');
    const [leike] = detect('Jan Leike resigns from OpenAI');
    expect(leike!.occurredAt).toEqual(published);
    expect(detect('Jan Leike resigns from OpenAI', '', null)[0]!.occurredAt).toBeNull();
  });

  it('keeps the evidence sentence and rates a headline with OpenAI above a bare mention', () => {
    const [headline] = detect('Jan Leike resigns from OpenAI');
    const [summaryOnly] = detect('The week in AI', 'Separately, Jan Leike resigned.');
    expect(headline!.evidence).toBe('Jan Leike resigns from OpenAI');
    expect(headline!.confidence).toBeGreaterThan(summaryOnly?.confidence ?? 0);
  });

  it('is deterministic', () => {
    const a = detectStaffingEvents({ title: 'OpenAI CTO Mira Murati and 2 other execs are leaving', summary: 'Bob McGrew and Barret Zoph are also departing.', publishedAt: published });
    const b = detectStaffingEvents({ title: 'OpenAI CTO Mira Murati and 2 other execs are leaving', summary: 'Bob McGrew and Barret Zoph are also departing.', publishedAt: published });
    expect(a).toEqual(b);
    expect(a.map((c) => c.personName).sort()).toEqual(['Barret Zoph', 'Bob McGrew', 'Mira Murati']);
  });
});
