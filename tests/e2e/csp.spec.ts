import { expect, test, type Worker } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Issue 20 item 8: the app's own server sends the Content-Security-Policy as an HTTP header on
 * every response — the page, the worker scripts, sw.js — so the policy governs the workers too,
 * and a fetch to another origin fails with a CSP violation from the page and from a worker.
 * The other origin is a loopback address that nothing listens on, never a real host.
 */

const ELSEWHERE = 'http://127.0.0.2:9/';

async function metaPolicy(): Promise<string> {
  const html = await readFile('index.html', 'utf8');
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
}

/** Fetches ELSEWHERE in the given scope; resolves with the violated directive (or a failure). */
function fetchElsewhere(url: string): Promise<string> {
  const scope = globalThis as unknown as EventTarget;
  const violation = new Promise<string>((resolve) => {
    scope.addEventListener('securitypolicyviolation', (event) => {
      resolve(`violation: ${(event as SecurityPolicyViolationEvent).effectiveDirective}`);
    });
    setTimeout(() => resolve('no violation'), 5000);
  });
  return fetch(url).then(
    () => 'fetched',
    () => violation,
  );
}

test('the server sends the CSP header; another origin is refused from the page and a worker', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const meta = await metaPolicy();
  expect(meta).toContain("connect-src 'self'");
  expect(meta).toContain("worker-src 'self'");

  // The header on every response the server sends, identical to the <meta> policy (plus
  // frame-ancestors, which works only as a header).
  const expected = `${meta}; frame-ancestors 'none'`;
  const workers: Worker[] = [];
  page.on('worker', (worker) => {
    workers.push(worker);
    worker.on('close', () => workers.splice(workers.indexOf(worker), 1));
  });
  const workspace = new WorkspacePage(page);
  const response = await page.goto('/#/data');
  expect(response!.headers()['content-security-policy']).toBe(expected);
  for (const path of ['/sw.js', '/index.html', '/sample/transactions.csv', '/no-such-file']) {
    const res = await request.get(path);
    expect(res.headers()['content-security-policy'], path).toBe(expected);
  }

  // From the page.
  expect(await page.evaluate(fetchElsewhere, ELSEWHERE)).toBe('violation: connect-src');

  // From a worker: loading the sample starts the import and analytics workers.
  await workspace.loadSample();
  await expect.poll(() => workers.length).toBeGreaterThan(0);
  for (const worker of workers) {
    const script = await request.get(worker.url());
    expect(script.headers()['content-security-policy'], worker.url()).toBe(expected);
  }
  const worker = workers.at(-1)!;
  expect(await worker.evaluate(fetchElsewhere, ELSEWHERE)).toBe('violation: connect-src');

  // And from the service worker, whose script sw.js now carries the policy.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const [serviceWorker] = page.context().serviceWorkers();
  expect(serviceWorker, 'a service worker').toBeTruthy();
  expect(await serviceWorker!.evaluate(fetchElsewhere, ELSEWHERE)).toBe('violation: connect-src');
});
