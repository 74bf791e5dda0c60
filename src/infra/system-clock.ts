// The real clock.
import type { Clock } from '../core/services.js';

export const systemClock: Clock = { now: () => new Date() };
