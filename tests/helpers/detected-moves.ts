// The detector's answer as a rule's test wants to read it: the candidates above the threshold for
// an article published at noon UTC on the given day, as sorted "Name:type" strings.
import { detectionThreshold } from '../../src/core/detection/candidate.js';
import { detectStaffingEvents } from '../../src/core/detection/detect.js';

export function detectedMoves(title: string, summary: string, publishedOn: string): string[] {
  return detectStaffingEvents({ title, summary, publishedAt: new Date(`${publishedOn}T12:00:00Z`) })
    .filter((c) => c.confidence >= detectionThreshold)
    .map((c) => `${c.personName}:${c.type}`)
    .sort();
}
