// Reads the default feed list (FEEDS_FILE, config/feeds.json) that fills an empty Feed table.
// A missing file means "no defaults" (the operator may run with an empty list); a malformed one
// is an error that names the place of the problem.
import { readFile } from 'node:fs/promises';
import { defaultFeedsFileSchema, type DefaultFeed } from '../../core/feeds/default-feeds.js';

class FeedsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedsFileError';
  }
}

/** The feeds listed in `path`, or null when the file does not exist. */
export async function readFeedsFile(path: string): Promise<DefaultFeed[] | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new FeedsFileError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = defaultFeedsFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new FeedsFileError(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data.feeds;
}
