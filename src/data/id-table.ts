/**
 * Records by id in one Int32Array: open addressing by a hash of the id, a power of two long, each slot the
 * record's index + 1 (0 for empty). The validator fills it while it checks ids are unique, and the same array
 * then crosses to the page with the packed events (packed-events.ts), where it finds an event by id. A `Map`
 * of a million string keys costs the validator half a second and the page tens of MB; this costs 8 MB and no
 * garbage.
 */

import { fnv1a } from '../core/hash';

/** An id's hash (FNV-1a): the same number on both threads. */
export const hashId = (id: string): number => fnv1a(id);

/** A table at most half full for `count` records. */
export function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

/** The part of a `Map<id, index>` the validator uses, over a table sized for `count` records. */
export interface IdTable {
  readonly table: Int32Array;
  /** The index first given this id, or undefined. */
  get(id: string): number | undefined;
  has(id: string): boolean;
  /** Records `index` under `id`: a new id only (call `get` first). */
  set(id: string, index: number): void;
}

/** `idAt(i)`: the id of record `i`, read only to tell apart ids whose hashes share a slot. */
export function createIdTable(count: number, idAt: (index: number) => unknown): IdTable {
  const table = new Int32Array(tableSize(count));
  // Each slot's full hash: ids are compared (a read of a record, far away in memory) only when hashes agree.
  const hashes = new Uint32Array(table.length);
  const mask = table.length - 1;
  let lastHash = 0;
  // The slot of `id`, or of the empty slot where it would go.
  const slotOf = (id: string): number => {
    const h = (lastHash = hashId(id));
    let slot = h & mask;
    while (table[slot] !== 0 && (hashes[slot] !== h || idAt(table[slot]! - 1) !== id)) slot = (slot + 1) & mask;
    return slot;
  };
  const get = (id: string): number | undefined => {
    const i = table[slotOf(id)]!;
    return i === 0 ? undefined : i - 1;
  };
  return {
    table,
    get,
    has: (id) => get(id) !== undefined,
    set: (id, index) => {
      const slot = slotOf(id);
      table[slot] = index + 1;
      hashes[slot] = lastHash;
    },
  };
}
