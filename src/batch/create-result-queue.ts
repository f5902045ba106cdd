// The bounded hand-over of a batch's results from its workers to the consumer that iterates them.
/** The queue returned by {@link createResultQueue}. */
export interface ResultQueue<T> {
  /** Hands a result over; waits while more than `capacity` wait to be taken, unless the run has stopped. */
  push(item: T): Promise<void>;
  /** No more results will come: the consumer ends once it has taken the rest. */
  end(): void;
  /** Wakes every worker waiting for room (once the run has stopped, so that none waits again). */
  release(): void;
  /** The results in the order they were handed over, until `end` and none is left. */
  drain(): AsyncGenerator<T>;
}

/**
 * Creates a bounded queue of results: a worker waits in `push` while more than `capacity` results wait to be
 * taken, unless `stopped()`; each result taken lets one waiting worker go on.
 * @param stopped - true once the run stops: then pushing never waits
 */
export function createResultQueue<T>(capacity: number, stopped: () => boolean): ResultQueue<T> {
  const buffer: T[] = [];
  let wakeConsumer: (() => void) | undefined;
  const spaceWaiters: Array<() => void> = [];
  let done = false;
  return {
    async push(item) {
      buffer.push(item);
      wakeConsumer?.();
      while (buffer.length > capacity && !stopped()) await new Promise<void>((res) => spaceWaiters.push(res));
    },
    end() {
      done = true;
      wakeConsumer?.();
    },
    release() {
      for (const w of spaceWaiters.splice(0)) w();
    },
    async *drain() {
      for (;;) {
        if (buffer.length > 0) {
          const r = buffer.shift()!;
          spaceWaiters.shift()?.();
          yield r;
          continue;
        }
        if (done) break;
        await new Promise<void>((res) => (wakeConsumer = res));
        wakeConsumer = undefined;
      }
    },
  };
}
