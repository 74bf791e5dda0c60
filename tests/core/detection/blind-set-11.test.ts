// Families from the unseen-11 blind run, written as invented headlines before the rules that read them:
// more poaching verbs ("snatches", "plucks", "hoovers up", "secures the services of"), a
// plural of departures with "more" in a headline, each family with a negative it must not fire on.
// "grabs" stays out: "OpenAI grabs a veteran" is a teaser whose summary names the hire (unnamed-movers.test.ts).
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';

const moves = (title: string, summary = '', published = '2025-03-10') => detectedMoves(title, summary, published);

describe('poaching verbs: a rival taking OpenAI people is their departure', () => {
  it.each([
    ['Google snatches OpenAI researcher Jane Roe', 'Jane Roe:departure'],
    ['Meta secures the services of OpenAI engineer Max Poe', 'Max Poe:departure'],
    ['xAI plucks OpenAI safety lead Jane Roe', 'Jane Roe:departure'],
    ['Anthropic hoovers up OpenAI researcher Max Poe', 'Max Poe:departure'],
    ['Meta snatched three OpenAI researchers', 'null:departure'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('a plural of OpenAI staff before a comma describes the list after it', () => {
    expect(moves('Google snatches two more OpenAI researchers', 'Google has secured the services of two OpenAI researchers, Jane Roe and Max Poe.')).toEqual([
      'Jane Roe:departure',
      'Max Poe:departure',
    ]);
    expect(moves('Meta hires two researchers', 'Meta hired two Google researchers, Jane Roe and Max Poe.')).toEqual([]);
  });

  it('grabbing or snatching something other than people is no move', () => {
    expect(moves('OpenAI grabs headlines with new model')).toEqual([]);
    expect(moves('Meta snatches market share from OpenAI')).toEqual([]);
    expect(moves('Google plucks a feature from OpenAI playbook')).toEqual([]);
  });
});

describe('"more ... departures" in a headline is an unnamed departure', () => {
  it.each([
    ['More OpenAI executive departures amid restructuring', 'null:departure'],
    ['More OpenAI researcher exits as safety team shrinks', 'null:departure'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('departures from a product or without OpenAI people are no move', () => {
    expect(moves('More OpenAI departures from the old pricing model')).toEqual([]);
    expect(moves('More flight departures delayed at SFO')).toEqual([]);
  });
});

describe('"X is now <top title>" is a role change', () => {
  it('names the role taken in a summary after a restructuring headline', () => {
    expect(
      moves('OpenAI Reshapes Its Top Team: What the New Roles Mean', 'OpenAI announced changes to its leadership. Jane Roe is now President, and Max Poe is now Chief Operating Officer (COO).'),
    ).toEqual(['Jane Roe:role_change', 'Max Poe:role_change']);
    expect(moves('OpenAI veteran Jane Roe is now CTO')).toEqual(['Jane Roe:role_change']);
  });

  it('a title at another company, or a lower-case description, is no OpenAI move', () => {
    expect(moves('Former OpenAI researcher Jane Roe is now CEO of Anthropic rival Acme')).not.toContain('Jane Roe:role_change');
    expect(moves('OpenAI CEO Jane Roe is now worth billions')).toEqual([]);
  });
});

describe('"rehires from <company>" is an unnamed return', () => {
  it.each([
    ['OpenAI rehires from Acme Robotics', 'null:return'],
    ["OpenAI re-hires from Jane Roe's Acme Labs", 'null:return'],
    ['OpenAI lures back from Acme AI', 'null:return'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('a rehire with no company, or a product brought back, is no move', () => {
    expect(moves('OpenAI rehires')).toEqual([]);
    expect(moves('OpenAI brings back the old voice mode from last year')).toEqual([]);
  });
});

describe('a new OpenAI unit "will be led by" someone', () => {
  it('is an arrival for someone from elsewhere and a role change for an OpenAI person', () => {
    expect(moves('OpenAI forms robotics division led by ex-Tesla boss', 'OpenAI is starting a robotics division. The division will be led by Jane Roe, a former Tesla executive who ran its robot program.')).toEqual([
      'Jane Roe:arrival',
    ]);
    expect(moves('OpenAI starts a devices group', 'OpenAI is starting a devices group. The group will be led by OpenAI research chief Max Poe.')).toEqual(['Max Poe:role_change']);
  });

  it("another company's unit led by someone is no OpenAI move", () => {
    expect(moves('Acme forms robotics division', "Acme's new robotics division will be led by Jane Roe, a former Tesla executive.")).toEqual([]);
  });
});
