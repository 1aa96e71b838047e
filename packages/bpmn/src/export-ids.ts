// BPMN ids for everything written. Node ids are kept (tools and people see them); everything BPMN
// needs an id for and Baton does not (flows without ids, boundary timers, diagram elements) gets
// an id with a dot, which no Baton id can contain, so nothing generated can take a Baton id.

export interface IdAllocator {
  /** Reserves `preferred` if it is free, else `preferred.2`, `preferred.3`... */
  take(preferred: string): string;
  has(id: string): boolean;
}

export function createIdAllocator(reserved: Iterable<string>): IdAllocator {
  const used = new Set(reserved);
  return {
    take(preferred) {
      let id = preferred;
      for (let n = 2; used.has(id); n++) id = `${preferred}.${n}`;
      used.add(id);
      return id;
    },
    has: (id) => used.has(id),
  };
}
