// The loop rule a record trigger checks before starting a flow: a write with no cause (a person,
// a webhook, a schedule) always may; an instance's write may not restart its own flow on its own
// record; no write by an instance at MAX_TRIGGER_DEPTH starts anything.
import { describe, expect, it } from 'vitest';
import { MAX_TRIGGER_DEPTH, deliveredDepth, loopSkip } from './record-triggers.ts';
import type { WriteCause } from './record-triggers.ts';

const cause = (over: Partial<WriteCause> = {}): WriteCause => ({ instance: 'inst_1', definition: 'stamp', record: 'rec_1', depth: 0, ...over });

describe('loopSkip', () => {
  it('lets a write without a cause start anything', () => {
    expect(loopSkip(undefined, 'stamp', 'rec_1')).toBeUndefined();
  });

  it('skips the writing instance\'s own flow on its own record', () => {
    expect(loopSkip(cause(), 'stamp', 'rec_1')).toBe('self-loop');
  });

  it('lets the same flow start for another record, or another flow for the same record', () => {
    expect(loopSkip(cause(), 'stamp', 'rec_2')).toBeUndefined();
    expect(loopSkip(cause(), 'review', 'rec_1')).toBeUndefined();
    expect(loopSkip(cause({ record: undefined }), 'stamp', 'rec_1')).toBeUndefined();
  });

  it('lets every depth below the limit start, and none at or beyond it', () => {
    for (let d = 0; d < MAX_TRIGGER_DEPTH; d++) expect(loopSkip(cause({ depth: d }), 'review', 'rec_1')).toBeUndefined();
    expect(loopSkip(cause({ depth: MAX_TRIGGER_DEPTH }), 'review', 'rec_1')).toBe('depth-limit');
    expect(loopSkip(cause({ depth: MAX_TRIGGER_DEPTH + 5 }), 'review', 'rec_2')).toBe('depth-limit');
  });

  it('names the self-loop before the depth when both hold', () => {
    expect(loopSkip(cause({ depth: MAX_TRIGGER_DEPTH }), 'stamp', 'rec_1')).toBe('self-loop');
  });

  it('never calls a cause with only a depth (an inbound delivery\'s) a self-loop, but limits its depth', () => {
    expect(loopSkip({ depth: 0 }, 'stamp', 'rec_1')).toBeUndefined();
    expect(loopSkip({ depth: 0, record: 'rec_1' }, 'stamp', 'rec_1')).toBeUndefined();
    expect(loopSkip({ depth: MAX_TRIGGER_DEPTH }, 'stamp', 'rec_1')).toBe('depth-limit');
  });

  it('is three deep', () => {
    expect(MAX_TRIGGER_DEPTH).toBe(3);
  });
});

describe('deliveredDepth', () => {
  it('takes a whole number from 0 to 1000', () => {
    for (const d of [0, 1, 3, 1000]) expect(deliveredDepth(d)).toBe(d);
  });

  it('ignores anything else', () => {
    for (const v of [undefined, null, -1, 1.5, 1001, Number.NaN, Number.POSITIVE_INFINITY, '2', [2], { depth: 2 }, true]) expect(deliveredDepth(v), String(v)).toBeUndefined();
  });
});
