// The User-Agent the bot sends: its name and version, and a way for a feed's owner to reach the
// operator (USER_AGENT_CONTACT), as polite crawlers do.
import { readFileSync } from 'node:fs';
import { projectPath } from '../project-files.js';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function buildUserAgent(contact: string | undefined, version = packageVersion()): string {
  // A contact must not break the header: no control characters, no parentheses.
  const clean = contact?.replace(/[\u0000-\u001f\u007f()]/g, '').trim();
  return `ExodusWatch/${version} (+${clean || 'news feed reader; set USER_AGENT_CONTACT'})`;
}
