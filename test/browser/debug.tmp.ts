import { ensureWebBuilt, launchChromium, signedInPage, startStack } from './harness.ts';
await ensureWebBuilt();
const stack = await startStack();
const browser = await launchChromium();
const page = await signedInPage(browser, stack, 'admin', 'en').catch(async (e) => { console.log('login failed', e.message); throw e; });
page.setDefaultTimeout(8000);
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror:', e.message.slice(0, 500)));
try {
  console.log('url', page.url());
  await page.goto(`${stack.url}/studio/flows/browser-discount/designer`);
  await page.waitForSelector('[data-node-id=start]');
  console.log('start ok');
} catch (e) { console.log('ERR', (e as Error).message.split('\n')[0]); }
await page.screenshot({ path: '/tmp/dbg.png' });
await browser.close(); await stack.close();
