import { computeNetworkLayout, type LayoutLink, type LayoutNode, type LayoutOptions, type Point } from '../../core/network-layout';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';
import { createLayoutWorker } from './layout-worker';

/**
 * The page's side of the layout worker, and the only module that sees its messages. One layout runs at a
 * time; a request still waiting when its caller gives up (the AbortSignal: the panel was resized again, the
 * dataset changed) is dropped unsent. Results are kept per owner (the network model: one per dataset) and
 * size key, so a view mounted again, or a panel resized back, draws at once. Without a worker (unit tests),
 * or if it fails, the same pure function runs here: the positions are the same either way.
 */
export interface LayoutInput {
  nodes: LayoutNode[];
  links: LayoutLink[];
  options: LayoutOptions;
}

type Positions = ReadonlyMap<string, Point>;

interface Job {
  id: number;
  input: LayoutInput;
  resolve(positions: Positions): void;
  reject(error: Error): void;
}

/** Layouts kept per owner: a few sizes each (a panel dragged back and forth), the latest last. */
const KEEP = 6;
const done = new WeakMap<object, Map<string, Positions>>();
const inflight = new WeakMap<object, Map<string, { promise: Promise<Positions>; job: Job; waiters: number }>>();
const queue: Job[] = [];
let running: Job | null = null;
let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;

/** The finished layout for this owner and key, if there is one. */
export function cachedLayout(owner: object, key: string): Positions | undefined {
  return done.get(owner)?.get(key);
}

export function requestLayout(owner: object, key: string, input: LayoutInput, signal?: AbortSignal): Promise<Positions> {
  const ready = cachedLayout(owner, key);
  if (ready) return Promise.resolve(ready);
  let byKey = inflight.get(owner);
  if (!byKey) inflight.set(owner, (byKey = new Map()));
  // The same layout already asked for (a view mounted again, React's strict mode): wait for that one.
  let shared = byKey.get(key);
  if (!shared) {
    const waiting = byKey;
    let job!: Job;
    const promise = new Promise<Positions>((resolve, reject) => {
      job = {
        id: nextId++,
        input,
        resolve: (positions) => {
          waiting.delete(key);
          remember(owner, key, positions);
          resolve(positions);
        },
        reject: (error) => {
          waiting.delete(key);
          reject(error);
        },
      };
    });
    shared = { promise, job, waiters: 0 };
    byKey.set(key, shared);
    queue.push(job);
    runNext();
  }
  const request = shared;
  request.waiters += 1;
  signal?.addEventListener('abort', () => {
    request.waiters -= 1;
    const at = queue.indexOf(request.job);
    // Dropped only while nobody waits and it has not started; a running layout finishes and is kept.
    if (request.waiters > 0 || at < 0) return;
    queue.splice(at, 1);
    request.job.reject(new DOMException('Layout no longer needed', 'AbortError'));
  }, { once: true });
  return request.promise;
}

function remember(owner: object, key: string, positions: Positions) {
  let byKey = done.get(owner);
  if (!byKey) done.set(owner, (byKey = new Map()));
  byKey.delete(key);
  byKey.set(key, positions);
  if (byKey.size > KEEP) byKey.delete(byKey.keys().next().value!);
}

function runNext() {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  running = job;
  const w = getWorker();
  if (!w) {
    // Off the current task at least, so the caller's render is not held up.
    setTimeout(() => {
      running = null;
      try {
        job.resolve(computeNetworkLayout(job.input.nodes, job.input.links, job.input.options));
      } catch (err) {
        job.reject(err instanceof Error ? err : new Error(String(err)));
      }
      runNext();
    }, 0);
    return;
  }
  const { nodes, links, options } = job.input;
  const request: LayoutRequest = { id: job.id, nodes, links, options };
  try {
    w.postMessage(request);
  } catch (err) {
    running = null;
    job.reject(err instanceof Error ? err : new Error(String(err)));
    runNext();
  }
}

function getWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    const w = createLayoutWorker();
    w.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const message = event.data;
      const job = running;
      if (!job || job.id !== message.id) return;
      running = null;
      if (message.kind === 'done') job.resolve(positionsOf(message.ids, message.xy));
      else job.reject(new Error(`The network layout failed: ${message.message}`));
      runNext();
    };
    w.onerror = (event) => {
      event.preventDefault();
      // The worker could not start or broke: from now on layouts run on the page, this one first.
      w.terminate();
      worker = null;
      workerFailed = true;
      if (running) queue.unshift(running);
      running = null;
      runNext();
    };
    return (worker = w);
  } catch {
    workerFailed = true;
    return null;
  }
}

function positionsOf(ids: readonly string[], xy: Float64Array): Positions {
  const out = new Map<string, Point>();
  ids.forEach((id, i) => out.set(id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }));
  return out;
}
