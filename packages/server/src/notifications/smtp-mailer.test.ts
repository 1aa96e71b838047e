import { describe, expect, it } from 'vitest';
import { classify } from './smtp-mailer.ts';

describe('classify', () => {
  it('retries 4xx answers and socket failures, gives up on 5xx', () => {
    expect(classify(Object.assign(new Error('try later'), { responseCode: 451, code: 'EENVELOPE' }))).toMatchObject({ ok: false, transient: true, responseCode: 451 });
    expect(classify(Object.assign(new Error('no such user'), { responseCode: 550, code: 'EENVELOPE' }))).toMatchObject({ ok: false, transient: false, responseCode: 550 });
    expect(classify(Object.assign(new Error('refused'), { code: 'ESOCKET' }))).toMatchObject({ ok: false, transient: true });
    expect(classify(Object.assign(new Error('no recipients'), { code: 'EENVELOPE' }))).toMatchObject({ ok: false, transient: false });
  });
});
