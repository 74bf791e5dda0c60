// The detector's input and output shapes.
import type { Circumstance, EventType } from '../domain.js';

/** What detection reads from an article. */
export interface ArticleText {
  title: string;
  /** Plain text (HTML is stripped again defensively). */
  summary: string;
  source?: string;
  publishedAt?: Date | null;
}

/** One staffing move an article reports. */
export interface StaffingCandidate {
  /**
   * Canonical full name (roster spelling when known); null when the article reports a move at
   * OpenAI without naming the mover ("OpenAI's robotics chief resigns"): see moverDescription.
   */
  personName: string | null;
  /** How the article describes a mover it does not name ("OpenAI Robotics Chief"); only with personName null. */
  moverDescription?: string;
  type: EventType;
  circumstance: Circumstance;
  role?: string;
  team?: string;
  /** Where a departing person went, when stated. */
  destination?: string;
  /** Date stated in the text, else the publication date, else null. */
  occurredAt: Date | null;
  /** 0..1: how sure the detector is that this is an OpenAI staffing move. */
  confidence: number;
  /** The sentence that says so. */
  evidence: string;
}

/** Confidence at or above which a candidate counts as detected (eval, recorder). */
export const detectionThreshold = 0.5;
