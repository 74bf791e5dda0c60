// Arguments every benchmark section receives from run.ts as one JSON argument: corpus seed, the
// instant publication dates are relative to, and the sizes (smaller with --quick).
export interface SectionArgs {
  seed: number;
  /** ISO instant the corpus dates count back from. */
  base: string;
  quick: boolean;
  feeds: number;
  items: number;
}

export function readArgs(): SectionArgs {
  const raw = process.argv[2];
  if (!raw) throw new Error('a benchmark section takes its arguments as one JSON string (run it through bench/run.ts)');
  return JSON.parse(raw) as SectionArgs;
}
