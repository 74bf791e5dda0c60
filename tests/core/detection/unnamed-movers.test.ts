// Moves reported without naming the mover (unnamed-movers.ts): a candidate without a person name,
// described by the article's words, only when the text reports a specific move at OpenAI and
// nobody named moves. Headlines are invented.
import { describe, expect, it } from 'vitest';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionThreshold } from '../../../src/core/detection/candidate.js';

const published = new Date('2025-06-20T12:00:00Z');
const detect = (title: string, summary = '') =>
  detectStaffingEvents({ title, summary, publishedAt: published }).filter((c) => c.confidence >= detectionThreshold);
const moves = (title: string, summary = '') =>
  detect(title, summary).map((c) => `${c.personName ?? `(${c.moverDescription})`}:${c.type}${c.destination ? `>${c.destination}` : ''}`).sort();

describe('unnamed movers', () => {
  it('an OpenAI role as the subject of an exit is an unnamed departure', () => {
    expect(moves('OpenAI Devices Chief Resigns Over Product Delays')).toEqual(['(OpenAI Devices Chief):departure']);
    expect(moves('OpenAI shuts a lab', "OpenAI's head of audio research has resigned, the company confirmed.")).toEqual(["(OpenAI's head of audio research):departure"]);
    expect(moves('Four more OpenAI researchers quit, citing burnout')).toEqual(['(Four more OpenAI researchers):departure']);
    expect(moves('OpenAI loses talent', 'Two OpenAI engineers, including a team lead, have left the company.')).toEqual(['(Two OpenAI engineers):departure']);
  });

  it('reads headline "to" for the future, a job noun to its end, and "joined from" as where they came from', () => {
    expect(moves("OpenAI's top lawyer to step down")).toEqual(["(OpenAI's top lawyer):departure"]);
    expect(moves('OpenAI names a new chief people officer')).toEqual(['(a new chief people officer):arrival']);
    expect(moves("OpenAI's new CFO joined from Nextdoor this week")).toEqual(["(OpenAI's new CFO):arrival"]);
  });

  it('someone from another company joining OpenAI is an unnamed arrival', () => {
    expect(moves('Why Stripe’s Payments Chief Just Joined OpenAI')).toEqual(["(Stripe's Payments Chief):arrival"]);
    expect(moves('Respected Nvidia Engineer Leaves for OpenAI')).toEqual(['(Respected Nvidia Engineer):arrival']);
    expect(moves('OpenAI grabs a veteran', 'OpenAI just hired Netflix’s streaming chief to run its video business.')).toEqual(["(Netflix's streaming chief):arrival"]);
    expect(moves('OpenAI continues to hire designers from Apple', 'OpenAI continues to hire engineers from Apple for its devices team.')).toEqual(['(designers):arrival']);
  });

  it('the noun "hire" is the person hired, when OpenAI is the only employer named', () => {
    expect(moves('A notable OpenAI hire')).toEqual(['(A notable OpenAI hire):arrival']);
    expect(moves("OpenAI's robotics push gets a lift from 12 ex-Tesla hires")).toEqual(['(12 ex-Tesla hires):arrival']);
    expect(detect('Anthropic lands a star', 'Jane Roe, who once worked at OpenAI, has joined Anthropic as a senior hire.')).toEqual([]);
  });

  it('another company hiring from OpenAI is an unnamed departure with a destination', () => {
    expect(moves('Meta adds researchers', 'Meta hired three researchers from OpenAI this week.')).toEqual(['(three researchers):departure>Meta']);
  });

  it('firings and rehirings of unnamed staff', () => {
    expect(moves('OpenAI Dismisses Three Engineers Over Security Breach')).toEqual(['(Three Engineers):departure']);
    expect(moves('OpenAI Welcomes Back Two Former Staffers From a Rival')).toEqual(['(Two Former Staffers):return']);
  });

  it('a first-person exit is the unnamed author’s', () => {
    expect(moves('Moving on: here’s why', 'After six years I have made the difficult decision to leave OpenAI.')).toEqual(['(the author):departure']);
    expect(moves('OpenAI news', '"I have left OpenAI," Jane Roe said on Monday.')).not.toContain('(the author):departure');
  });

  it('talent-war commentary and recruiting are no move', () => {
    expect(detect('OpenAI researchers keep leaving for rivals')).toEqual([]);
    expect(detect('OpenAI hiring Head of Devices to lead hardware push')).toEqual([]);
    expect(detect('OpenAI expands', 'OpenAI is looking for research engineers to join its devices team.')).toEqual([]);
    expect(detect('OpenAI raises money', 'The round follows a year in which OpenAI hired hundreds of employees.')).toEqual([]);
    expect(detect('Meta’s AI chief resigns')).toEqual([]);
  });

  it('is not reported when a named mover is', () => {
    expect(moves("OpenAI's CTO resigns", "Jane Roe, OpenAI's chief technology officer, resigned on Monday.")).toEqual(['Jane Roe:departure']);
  });
});
