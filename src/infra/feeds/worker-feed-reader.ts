// Reads feed documents (parse + normalise, src/core/feeds/feed-reader.ts) on a worker thread, so
// that work (xml2js builds a full object tree per document: together about an eighth of the poll
// cycle's CPU and a quarter of its garbage) runs on the second core instead of the thread that
// stores articles and runs detection. One worker, started on first use; its heap is capped, so a
// hostile document can exhaust only the worker. A document that never finishes times out, and a
// crashed or stuck worker is replaced, its other documents sent again: nothing a feed does can
// stall the poll cycle.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FeedFetchError, type FeedEntries, type FeedReader, type FetchErrorKind } from '../../core/feeds/ports.js';

export interface ReadRequest {
  id: number;
  body: string;
  finalUrl: string;
  fetchedAt: Date;
}

export type ReadReply = { id: number; ok: true; entries: FeedEntries } | { id: number; ok: false; kind: FetchErrorKind | null; message: string };

export interface WorkerFeedReader extends FeedReader {
  close(): Promise<void>;
}

export interface WorkerFeedReaderOptions {
  /** A document still unread after this long is given up on (the worker is replaced). */
  timeoutMs?: number;
  /** V8 old-space cap of the worker, in MB. */
  maxHeapMb?: number;
  /** The worker module (.js, or .ts run through tsx); tests supply one that misbehaves. */
  workerFile?: string;
}

interface Pending {
  request: ReadRequest;
  resolve(entries: FeedEntries): void;
  reject(err: Error): void;
  timer?: NodeJS.Timeout;
}

const ownFile = fileURLToPath(import.meta.url);
const defaultWorkerFile = path.join(path.dirname(ownFile), `feed-read-worker${path.extname(ownFile)}`);

function startWorker(workerFile: string, maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  if (workerFile.endsWith('.js')) return new Worker(workerFile, { resourceLimits });
  // Running from the TypeScript sources (tsx, vitest): a worker does not inherit the loader, so it
  // registers tsx itself before importing the worker module.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(pathToFileURL(workerFile).href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { resourceLimits });
}

export function createWorkerFeedReader(options: WorkerFeedReaderOptions = {}): WorkerFeedReader {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxHeapMb = options.maxHeapMb ?? 128;
  const workerFile = options.workerFile ?? defaultWorkerFile;
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let nextId = 1;
  let closed = false;

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = startWorker(workerFile, maxHeapMb);
    started.on('message', (reply: ReadReply) => settle(reply));
    started.on('error', (err: Error & { code?: string }) => {
      // Out of memory is the document's doing (the heap cap is there for it); anything else is ours.
      const failure =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new FeedFetchError('too_large', `the document needs more than the feed reader's ${maxHeapMb} MB to parse`)
          : new Error(`the feed reader crashed: ${err.message}`);
      void replaceWorker(started, failure);
    });
    started.on('exit', (code) => void replaceWorker(started, new Error(`the feed reader stopped (exit ${code})`)));
    worker = started;
    return started;
  }

  function settle(reply: ReadReply): void {
    const entry = pending.get(reply.id);
    if (!entry) return;
    finish(entry);
    if (reply.ok) entry.resolve(reply.entries);
    else entry.reject(reply.kind ? new FeedFetchError(reply.kind, reply.message) : new Error(reply.message));
  }

  function finish(entry: Pending): void {
    clearTimeout(entry.timer);
    pending.delete(entry.request.id);
    // An idle worker must not keep the process alive; a busy one must, or a CLI poll could end
    // while its last document is still being parsed.
    if (pending.size === 0) worker?.unref();
  }

  function send(entry: Pending): void {
    const target = ensureWorker();
    target.ref();
    entry.timer = setTimeout(() => {
      finish(entry);
      entry.reject(new FeedFetchError('malformed', `the document could not be parsed within ${Math.round(timeoutMs / 1000)} s`));
      void replaceWorker(target, null);
    }, timeoutMs);
    target.postMessage(entry.request);
  }

  /**
   * Drops a crashed or stuck worker. Documents go through it in order, so the oldest unanswered one
   * is the one it died on: that one fails, the others are sent to a fresh worker.
   */
  function replaceWorker(failed: Worker, failure: Error | null): Promise<number> {
    if (worker !== failed) return Promise.resolve(0);
    worker = null;
    failed.removeAllListeners('exit');
    const waiting = [...pending.values()];
    if (failure !== null && waiting[0]) {
      finish(waiting[0]);
      waiting[0].reject(failure);
      waiting.shift();
    }
    for (const entry of waiting) {
      clearTimeout(entry.timer);
      if (!closed) send(entry);
    }
    return failed.terminate();
  }

  return {
    read(body, finalUrl, fetchedAt) {
      if (closed) return Promise.reject(new Error('feed reader closed'));
      return new Promise<FeedEntries>((resolve, reject) => {
        const entry: Pending = { request: { id: nextId++, body, finalUrl, fetchedAt }, resolve, reject };
        pending.set(entry.request.id, entry);
        send(entry);
      });
    },
    async close() {
      closed = true;
      for (const entry of [...pending.values()]) {
        finish(entry);
        entry.reject(new Error('feed reader closed'));
      }
      const current = worker;
      worker = null;
      if (current) {
        current.removeAllListeners('exit');
        await current.terminate();
      }
    },
  };
}
