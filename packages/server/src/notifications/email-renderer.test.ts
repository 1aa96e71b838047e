import { describe, expect, it } from 'vitest';
import { escapeHtml, renderEmail, requestLink } from './email-renderer.ts';

describe('renderEmail', () => {
  it('escapes values in the HTML part and keeps them as typed in the text part', () => {
    const m = renderEmail('en', { subject: 'Hi <b>', body: 'a <script>x</script> & "b"\n\nsecond', link: 'https://x.test/workspace/requests/a"b' });
    expect(m.html).toContain('a &lt;script&gt;x&lt;/script&gt; &amp; &quot;b&quot;');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('href="https://x.test/workspace/requests/a&quot;b"');
    expect(m.text).toContain('a <script>x</script> & "b"\n\nsecond\n\nOpen the request: https://x.test/workspace/requests/a"b');
    expect(m.html).toContain('<html lang="en">');
  });

  it('writes the chrome in the recipient\'s language', () => {
    expect(renderEmail('zh-CN', { subject: 's', body: 'b', link: 'https://x.test/r' }).text).toContain('查看申请: https://x.test/r');
    expect(renderEmail('en', { subject: 's', body: 'b' }).text).not.toContain('Open the request');
  });

  it('keeps line breaks out of the subject and bounds its length', () => {
    const m = renderEmail('en', { subject: 'a\r\nBcc: evil@x.test\n' + 'y'.repeat(500), body: '' });
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.subject.length).toBeLessThanOrEqual(200);
  });

  it('links to the request page under the public URL, and to nothing without one', () => {
    expect(requestLink('https://b.test/', 'inst_1')).toBe('https://b.test/workspace/requests/inst_1');
    expect(requestLink('https://b.test', 'a/b')).toBe('https://b.test/workspace/requests/a%2Fb');
    expect(requestLink(undefined, 'inst_1')).toBeUndefined();
    expect(requestLink('https://b.test', null)).toBeUndefined();
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
