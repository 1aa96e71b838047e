// Notification titles in the reader's language, over HTTP on SQLite and PostgreSQL: a notice is
// stored with its title in both languages and served in the one the request asks for
// (Accept-Language: the bell sends its UI language), else the reader's email language, else
// zh-CN; Content-Language says which, and Vary gains Accept-Language without losing what it had.
// Two readers of one cc effect, one English and one Chinese, each read their own language; asking
// in another language reads that one and leaves the email language as it was; a row written
// before the English column existed answers its one title in either language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOutboxWorker } from '../../packages/server/src/index.ts';
import type { OutboxWorker } from '../../packages/server/src/index.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const flow = {
  key: 'locale-flow',
  name: { en: 'Locale flow', 'zh-CN': '本地化流程' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'copy', type: 'cc', assignees: [{ type: 'users', users: ['sarah.chen', 'chen.jing'] }] },
    { id: 'review', type: 'approval', name: { en: 'Manager review', 'zh-CN': '主管审批' }, assignees: [{ type: 'users', users: ['wang.lei'] }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'copy' }, { from: 'copy', to: 'review' }, { from: 'review', to: 'end' }],
};
// An untitled request reads "<flow name> · <initiator>" (li.na is 李娜 in the demo company).
const EN = 'Locale flow · 李娜';
const ZH = '本地化流程 · 李娜';

const cluster = usePgCluster();

for (const dialect of DIALECTS) {
  describe(`notification titles in the reader's language on ${dialect}`, () => {
    let s: TestServer;
    let worker: OutboxWorker;
    let instance = '';
    const tok: Record<string, string> = {};
    const read = async (user: string, acceptLanguage?: string) => {
      const r = await s.call('GET', '/api/notifications?limit=100', { token: tok[user], ...(acceptLanguage === undefined ? {} : { headers: { 'accept-language': acceptLanguage } }) });
      expect(r.status).toBe(200);
      return { language: r.headers.get('content-language'), vary: r.headers.get('vary'), items: (r.body.items as any[]).filter((n) => n.instanceId === instance) };
    };

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      worker = createAppOutboxWorker(s.baton.ctx);
      for (const u of ['li.na', 'wang.lei', 'chen.jing', 'sarah.chen', 'xu.ting']) tok[u] = await s.token(u);
      expect((await s.call('POST', '/api/definitions', { token: tok['xu.ting'], body: flow })).status).toBe(201);
      expect((await s.call('POST', `/api/definitions/${flow.key}/publish`, { token: tok['xu.ting'] })).status).toBe(201);
      expect((await s.call('PUT', '/api/notifications/settings', { token: tok['sarah.chen'], body: { locale: 'en' } })).status).toBe(200);
      expect((await s.call('PUT', '/api/notifications/settings', { token: tok['chen.jing'], body: { locale: 'zh-CN' } })).status).toBe(200);
      const r = await s.call('POST', '/api/instances', { token: tok['li.na'], body: { definition: flow.key, data: { amount: 120 } } });
      expect(r.status).toBe(201);
      instance = r.body.id;
      await worker.drain();
    }, 60_000);
    afterAll(() => s?.close());

    it('gives an English reader and a Chinese reader of one cc effect each their own title', async () => {
      // Asking in no language: each reads their email language.
      const en = await read('sarah.chen');
      const zh = await read('chen.jing');
      expect(en.items.map((n) => [n.kind, n.title])).toEqual([['cc', EN]]);
      expect(zh.items.map((n) => [n.kind, n.title])).toEqual([['cc', ZH]]);
      expect([en.language, zh.language]).toEqual(['en', 'zh-CN']);
      expect(en.vary).toMatch(/accept-language/i);
      // The text stays bilingual, each language with its own title.
      expect(en.items[0].text).toEqual(zh.items[0].text);
      expect(en.items[0].text.en).toContain(EN);
      expect(en.items[0].text['zh-CN']).toContain(ZH);
    });

    it('serves the language the request asks for ahead of the email language, and leaves that as it was', async () => {
      // The bell sends the UI language: a zh-CN user in an English UI reads English, and back.
      const asked = await read('chen.jing', 'en-US,en;q=0.9');
      expect([asked.language, asked.items.map((n) => n.title)]).toEqual(['en', [EN]]);
      const back = await read('sarah.chen', 'zh-CN,zh;q=0.9');
      expect([back.language, back.items.map((n) => n.title)]).toEqual(['zh-CN', [ZH]]);
      // A header naming neither language falls back to the email language, not to zh-CN.
      expect((await read('sarah.chen', 'de-DE, fr')).items.map((n) => n.title)).toEqual([EN]);
      // Reading in another language writes nothing: the emails keep the saved language.
      for (const [user, locale] of [['chen.jing', 'zh-CN'], ['sarah.chen', 'en']] as const) {
        expect((await s.call('GET', '/api/notifications/settings', { token: tok[user] })).body, user).toEqual({ locale });
      }
    });

    it('adds Accept-Language to a Vary set before it instead of replacing it', async () => {
      // An outer layer (a proxy's middleware, a CORS one) has already said Vary: Origin.
      // Hono is the server package's dependency, not the root's: its class comes from the app.
      const Hono = s.baton.app.constructor as new () => typeof s.baton.app;
      const outer = new Hono();
      outer.use('*', async (c, next) => {
        c.header('vary', 'Origin');
        await next();
      });
      outer.route('/', s.baton.app);
      for (const [method, path] of [['GET', '/api/notifications?limit=1'], ['POST', '/api/notifications/ntf_missing/read']] as const) {
        const r = await outer.request(path, { method, headers: { authorization: `Bearer ${tok['wang.lei']}`, 'accept-language': 'en' } });
        expect(r.status, path).toBe(path.endsWith('/read') ? 404 : 200);
        expect(r.headers.get('vary')?.split(/\s*,\s*/).map((v) => v.toLowerCase()), path).toEqual(['origin', 'accept-language']);
      }
    });

    it('reads Accept-Language for a reader who never chose, and zh-CN without either', async () => {
      const cases: Array<[string | undefined, string, string]> = [
        ['en-US,en;q=0.9', EN, 'en'],
        ['en', EN, 'en'],
        ['zh-CN', ZH, 'zh-CN'],
        ['zh-TW;q=0.8, en;q=0.9', EN, 'en'],
        ['fr-FR, en;q=0.5, zh;q=0.4', EN, 'en'],
        ['en;q=0, zh-CN;q=0.1', ZH, 'zh-CN'],
        ['de-DE, fr', ZH, 'zh-CN'],
        ['en;q=banana', ZH, 'zh-CN'],
        [`${'x'.repeat(600)}, en`, ZH, 'zh-CN'],
        [undefined, ZH, 'zh-CN'],
      ];
      for (const [header, title, language] of cases) {
        const r = await read('wang.lei', header);
        expect(r.items.map((n) => [n.kind, n.title]), String(header)).toEqual([['task-assigned', title]]);
        expect(r.language, String(header)).toBe(language);
      }
    });

    it('answers a notice marked read in the language asked for, and follows a changed setting without one', async () => {
      const [n] = (await read('wang.lei')).items;
      const marked = await s.call('POST', `/api/notifications/${n.id}/read`, { token: tok['wang.lei'], headers: { 'accept-language': 'en' } });
      expect(marked.status).toBe(200);
      expect(marked.body.notification).toMatchObject({ id: n.id, title: EN, readAt: expect.any(String) });
      expect(marked.headers.get('content-language')).toBe('en');
      expect((await s.call('PUT', '/api/notifications/settings', { token: tok['wang.lei'], body: { locale: 'en' } })).status).toBe(200);
      expect((await read('wang.lei')).items.map((n) => n.title)).toEqual([EN]);
      // Marked again (already read) in the saved language when the request names none.
      const again = await s.call('POST', `/api/notifications/${n.id}/read`, { token: tok['wang.lei'] });
      expect([again.headers.get('content-language'), again.body.notification.title]).toEqual(['en', EN]);
      expect((await read('wang.lei', 'zh-CN')).items.map((n) => n.title)).toEqual([ZH]);
      expect((await s.call('PUT', '/api/notifications/settings', { token: tok['wang.lei'], body: { locale: 'zh-CN' } })).status).toBe(200);
      expect((await read('wang.lei')).items.map((n) => n.title)).toEqual([ZH]);
      expect((await read('wang.lei', 'en')).items.map((n) => n.title)).toEqual([EN]);
    });

    it('keeps a row written before the change readable: its one title in either language', async () => {
      // What the notifier wrote before migration 0013: the zh-CN title only.
      await s.store.db.insertInto('notifications').values({
        id: 'ntf_old_row', user_id: 'sarah.chen', kind: 'cc', instance_id: instance, effect_id: 'old-effect', title: '旧的标题',
        title_en: null, text: JSON.stringify({ en: '"旧的标题" was copied to you.', 'zh-CN': '「旧的标题」已抄送给您。' }), actor: null,
        created_at: s.clock.now().toISOString(), read_at: null,
      }).execute();
      for (const header of ['en', 'zh-CN']) {
        const old = (await read('sarah.chen', header)).items.find((n) => n.id === 'ntf_old_row');
        expect(old, header).toMatchObject({ title: '旧的标题', text: { en: '"旧的标题" was copied to you.' } });
      }
      const marked = await s.call('POST', '/api/notifications/ntf_old_row/read', { token: tok['sarah.chen'] });
      expect(marked.body.notification).toMatchObject({ title: '旧的标题', readAt: expect.any(String) });
      // Still only the reader's own: someone else marking it finds nothing.
      expect((await s.call('POST', '/api/notifications/ntf_old_row/read', { token: tok['chen.jing'] })).status).toBe(404);
    });
  });
}
