// The interactive reference at /api/docs: a static page (no CDN, no third-party UI) that reads
// /api/openapi.json, lists every operation with its access, parameters and body schema, and can
// send a request with your token.
export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baton API reference</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#24292f;color:#fff;padding:12px 24px;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header input{width:360px;max-width:90vw;padding:4px 8px}
main{max-width:1100px;margin:0 auto;padding:16px}
h2{margin:24px 0 8px;text-transform:capitalize}
details{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:6px 0}
summary{cursor:pointer;padding:8px 12px;display:flex;gap:12px;align-items:center}
.m{font-weight:700;width:64px;text-align:center;border-radius:4px;color:#fff;padding:0 4px}
.GET{background:#0969da}.POST{background:#1a7f37}.PUT{background:#9a6700}.PATCH{background:#8250df}.DELETE{background:#cf222e}
.path{font-family:ui-monospace,monospace}.acc{margin-left:auto;color:#57606a;font-size:12px}
.body{padding:8px 16px 16px}pre{background:#f6f8fa;padding:8px;overflow:auto;max-height:320px}
textarea{width:100%;min-height:120px;font-family:ui-monospace,monospace}
label{display:block;margin:4px 0}
</style></head>
<body><header><strong>Baton API</strong><span id="ver"></span>
<label>Bearer token <input id="token" placeholder="paste a token from POST /api/auth/login"></label></header>
<main id="root">Loading /api/openapi.json…</main>
<script src="/api/docs/app.js"></script></body></html>
`;

export const DOCS_JS = `(async function () {
  const root = document.getElementById('root');
  const tokenInput = document.getElementById('token');
  tokenInput.value = localStorage.getItem('baton-token') || '';
  tokenInput.addEventListener('change', () => localStorage.setItem('baton-token', tokenInput.value));
  const doc = await (await fetch('/api/openapi.json')).json();
  document.getElementById('ver').textContent = doc.info.version + ' · OpenAPI ' + doc.openapi;
  const byId = {};
  for (const s of Object.values(doc.components.schemas)) byId[s.$id] = s;
  const el = (tag, props, ...kids) => { const e = document.createElement(tag); Object.assign(e, props || {}); for (const k of kids) e.append(k); return e; };
  const groups = {};
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) (groups[op.tags[0]] ||= []).push({ path, method: method.toUpperCase(), op });
  root.textContent = '';
  for (const [tag, ops] of Object.entries(groups)) {
    root.append(el('h2', { textContent: tag }));
    for (const { path, method, op } of ops) {
      const d = el('details');
      d.append(el('summary', {}, el('span', { className: 'm ' + method, textContent: method }), el('span', { className: 'path', textContent: path }), el('span', { textContent: op.summary }), el('span', { className: 'acc', textContent: op['x-baton-access'] })));
      const body = el('div', { className: 'body' });
      const inputs = {};
      for (const p of op.parameters || []) { const i = el('input', { placeholder: p.name }); inputs[p.name] = { p, i }; body.append(el('label', { textContent: p.in + ' ' + p.name + ' ' }, i)); }
      let ta;
      const json = op.requestBody && op.requestBody.content['application/json'];
      if (json) {
        const ref = json.schema.$ref;
        body.append(el('div', { textContent: 'Body: ' + ref }), el('pre', { textContent: JSON.stringify(byId[ref] || {}, null, 2) }));
        ta = el('textarea', { value: '{}' });
        body.append(ta);
      }
      const out = el('pre', { textContent: '' });
      const send = el('button', { textContent: 'Send' });
      send.onclick = async () => {
        let url = path; const headers = {};
        for (const { p, i } of Object.values(inputs)) { if (p.in === 'path') url = url.replace('{' + p.name + '}', encodeURIComponent(i.value)); else if (i.value) headers[p.name] = i.value; }
        if (tokenInput.value) headers.authorization = 'Bearer ' + tokenInput.value;
        if (ta) headers['content-type'] = 'application/json';
        const res = await fetch(url, { method, headers, body: ta ? ta.value : undefined });
        const text = await res.text();
        let shown = text; try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) {}
        out.textContent = res.status + ' ' + res.statusText + '\\n' + shown;
        if (path === '/api/auth/login' && res.ok) { tokenInput.value = JSON.parse(text).token; localStorage.setItem('baton-token', tokenInput.value); }
      };
      body.append(send, out);
      d.append(body);
      root.append(d);
    }
  }
})();
`;
