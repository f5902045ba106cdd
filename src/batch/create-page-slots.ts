// The page slots of a batch: a fixed number, each lent to one print at a time, in the order they are asked for.
import type { PoolSlot } from './create-browser-pool.js';

/** The slots returned by {@link createPageSlots}. */
export interface PageSlots {
  /** A free slot at once, else the first one given back. */
  take(): Promise<PoolSlot>;
  /** Gives a slot back: to the longest waiting `take`, else to the free ones. */
  give(slot: PoolSlot): void;
}

/**
 * Creates `count` page slots (the pages of a batch's browser pool) shared by its workers: a worker holds one
 * for one print at a time.
 */
export function createPageSlots(count: number): PageSlots {
  const freeSlots: PoolSlot[] = Array.from({ length: count }, () => ({ generation: 0, uses: 0 }));
  const slotWaiters: Array<(slot: PoolSlot) => void> = [];
  return {
    take: () => {
      const slot = freeSlots.pop();
      return slot ? Promise.resolve(slot) : new Promise((res) => slotWaiters.push(res));
    },
    give: (slot) => {
      const waiter = slotWaiters.shift();
      if (waiter) waiter(slot);
      else freeSlots.push(slot);
    },
  };
}
