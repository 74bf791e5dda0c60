// The in-memory title index agrees with sameStoryTitle and respects the date window.
import { describe, expect, it } from 'vitest';
import { createTitleIndex } from '../../../src/core/feeds/title-index.js';
import { titleKey } from '../../../src/core/feeds/title-key.js';

const day = 86_400_000;
const at = new Date('2024-05-15T00:00:00Z');
const rows = [
  { id: 1, titleKey: titleKey('OpenAI chief scientist Ilya Sutskever is officially leaving - The Verge'), at },
  { id: 2, titleKey: titleKey('OpenAI co-founder John Schulman leaves for Anthropic'), at },
  { id: 3, titleKey: titleKey('OpenAI exec quits'), at },
];

describe('title index', () => {
  const index = createTitleIndex(rows, 3 * day);

  it('finds the same story by exact key, spacing variant or one-letter variant, within the window', () => {
    expect(index.find(titleKey('OpenAI Chief Scientist Ilya Sutskever Is Officially Leaving'), new Date(at.getTime() + 2 * day))).toBe(1);
    expect(index.find(titleKey('OpenAI cofounder John Schulman leaves for Anthropic'), at)).toBe(2);
    expect(index.find(titleKey('OpenAI co-founder John Schulman heads for Anthropic'), at)).toBeNull();
    expect(index.find(titleKey('OpenAI co-founders John Schulman leaves for Anthropic'), at)).toBe(2);
    expect(index.find(titleKey('OpenAI exec quits'), at)).toBe(3);
  });

  it('misses outside the window, for short near-misses and for different moves', () => {
    expect(index.find(rows[0]!.titleKey, new Date(at.getTime() + 4 * day))).toBeNull();
    expect(index.find(titleKey('The OpenAI exec quits'), at)).toBeNull();
    expect(index.find(titleKey('OpenAI co-founder John Schulman returns from Anthropic'), at)).toBeNull();
  });

  it('sees what was added after it was built', () => {
    const fresh = createTitleIndex([], day);
    fresh.add({ id: 9, titleKey: titleKey('Jan Leike resigns from OpenAI'), at });
    expect(fresh.find(titleKey('Jan Leike resigns at OpenAI - CNBC'), at)).toBe(9);
  });
});
