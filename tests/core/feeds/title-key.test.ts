// Title keys: the same headline from two outlets (or two feeds) compares equal; different
// staffing moves never do.
import { describe, expect, it } from 'vitest';
import { dropOutletSuffix, sameStoryTitle, titleKey } from '../../../src/core/feeds/title-key.js';

describe('title key', () => {
  it('drops the " - Outlet" suffix news search feeds add', () => {
    expect(dropOutletSuffix('OpenAI chief scientist Ilya Sutskever is officially leaving - The Verge')).toBe('OpenAI chief scientist Ilya Sutskever is officially leaving');
    expect(dropOutletSuffix('Jan Leike resigns from OpenAI | CNBC')).toBe('Jan Leike resigns from OpenAI');
    expect(dropOutletSuffix('Why the OpenAI team imploded - Vox.com', 'Vox.com')).toBe('Why the OpenAI team imploded');
    // Not an outlet: too short a headline, or a long clause after the dash.
    expect(dropOutletSuffix('OpenAI - The Verge')).toBe('OpenAI - The Verge');
    expect(dropOutletSuffix('Sutskever leaves OpenAI - and the safety team goes with him after months of tension')).toContain('safety team');
  });

  it('ignores case, accents, quotes, punctuation and kickers', () => {
    const a = titleKey('Exclusive: OpenAI’s Chief Scientist, Ilya Sutskever, is LEAVING - Reuters');
    const b = titleKey("OpenAI's chief scientist Ilya Sutskever is leaving");
    expect(a).toBe(b);
    expect(a).toBe('openais chief scientist ilya sutskever is leaving');
    expect(titleKey('Départ d&#39;OpenAI : Sutskever')).toBe('depart dopenai sutskever');
  });

  it('matches near-identical titles of one story', () => {
    expect(sameStoryTitle(titleKey('OpenAI co-founder John Schulman leaves for Anthropic'), titleKey('OpenAI cofounder John Schulman leaves for Anthropic'))).toBe(true);
    expect(sameStoryTitle(titleKey('OpenAI researcher resigns over safety concerns'), titleKey('OpenAI researchers resigns over safety concerns'))).toBe(true);
    expect(sameStoryTitle(titleKey('Jan Leike resigns from OpenAI'), titleKey('Jan Leike resigns at OpenAI'))).toBe(true);
  });

  it('never merges different moves or people', () => {
    expect(sameStoryTitle(titleKey('OpenAI hires two former Google researchers'), titleKey('OpenAI fires two former Google researchers'))).toBe(false);
    expect(sameStoryTitle(titleKey('Jan Leike resigns from OpenAI safety team'), titleKey('Jan Leike rejoins OpenAI safety team'))).toBe(false);
    expect(sameStoryTitle(titleKey('Ilya Sutskever leaves OpenAI for new startup'), titleKey('Jakub Pachocki leaves OpenAI for new startup'))).toBe(false);
    expect(sameStoryTitle(titleKey('OpenAI exec quits'), titleKey('OpenAI exec quit'))).toBe(false);
    expect(sameStoryTitle('', '')).toBe(false);
  });
});
