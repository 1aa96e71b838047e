import { describe, expect, it } from 'vitest';
import { planNotices } from './notification-recipients.ts';
import { messageFor } from './notification-messages.ts';

describe('planNotices', () => {
  it('maps each effect to its notice kind and recipients', () => {
    expect(planNotices({ type: 'task-created', id: 'e1', task: 't1', node: 'n', user: 'wang.lei' }, undefined))
      .toEqual({ notices: [{ user: 'wang.lei', kind: 'task-assigned', node: 'n', task: 't1' }], channels: ['in-app', 'email'] });
    const urge = planNotices({ type: 'notify', id: 'e2', to: ['a', 'a', 'b'], reason: 'urge', by: 'b' }, ['in-app']);
    expect(urge).toEqual({ notices: [{ user: 'a', kind: 'urged', by: 'b' }], channels: ['in-app'] });
    expect(planNotices({ type: 'cc', id: 'e3', to: ['c', 'd'], by: 'd' }, ['email']).notices).toEqual([{ user: 'c', kind: 'cc', by: 'd' }]);
  });

  it('keeps automation notices on the channel the node chose', () => {
    expect(planNotices({ type: 'notify', id: 'e4', to: ['a'], reason: 'automation', node: 'n' }, ['email']).channels).toEqual(['in-app']);
    expect(planNotices({ type: 'email', id: 'e5', node: 'n', to: ['a'], subject: {}, body: {} }, ['in-app']).channels).toEqual(['email']);
  });

  it('ignores effects that tell nobody', () => {
    expect(planNotices({ type: 'task-closed', id: 'e6', task: 't', node: 'n', user: 'a', status: 'approved' }, undefined).notices).toEqual([]);
    expect(planNotices({ type: 'start-timer', id: 'e7', timer: 't', due: '2026-01-01T00:00:00Z' }, undefined).notices).toEqual([]);
  });
});

describe('messageFor', () => {
  it('says every kind in both languages', () => {
    for (const kind of ['task-assigned', 'urged', 'reminded', 'escalated', 'returned', 'finished', 'cc', 'decided', 'automation'] as const) {
      const m = messageFor(kind, { title: 'T-1', actor: 'Li Na', status: 'approved', decision: 'approved' });
      expect(m.text.en, kind).toBeTruthy();
      expect(m.text['zh-CN'], kind).toMatch(/[\u4e00-\u9fff]/);
      expect(m.subject.en + m.subject['zh-CN'], kind).toContain('T-1');
    }
    expect(messageFor('finished', { title: 'T', status: 'rejected' }).text['zh-CN']).toContain('已被拒绝');
    expect(messageFor('automation', { title: 'T', message: { en: 'Stock low' } }).text).toEqual({ en: 'Stock low', 'zh-CN': 'Stock low' });
  });

  it('carries an urge note as typed, and says nothing extra without one', () => {
    const m = messageFor('urged', { title: 'T', actor: 'Li Na', message: { en: 'Signs on {{amount}}', 'zh-CN': 'Signs on {{amount}}' } });
    expect(m.text.en).toBe('Li Na asks you to handle "T" soon. “Signs on {{amount}}”');
    expect(m.text['zh-CN']).toBe('Li Na催您尽快处理「T」。“Signs on {{amount}}”');
    expect(messageFor('urged', { title: 'T', actor: 'Li Na' }).text.en).toBe('Li Na asks you to handle "T" soon.');
  });
});
