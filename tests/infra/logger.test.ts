import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/infra/logger.js';

describe('logger', () => {
  it('redacts secrets wherever they appear', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, sink);
    log.info({ token: 'xoxb-123', request: { headers: { authorization: 'Bot abc' } }, config: { DISCORD_TOKEN: 'tok', SLACK_SIGNING_SECRET: 'sig' } }, 'hello');
    const text = lines.join('');
    expect(text).toContain('hello');
    for (const secret of ['xoxb-123', 'Bot abc', '"tok"', '"sig"']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });
});
