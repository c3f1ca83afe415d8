import { createApiClient } from '@contactkit/runtime';
import createClient from 'openapi-fetch';
import { startServer } from '/work/main/tools/bench/src/server.ts';
const server = await startServer();
const cred = { credentials: [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: 'bench-key' }] };
const p = { params: { path: { id: '1' } } };
const v: Record<string, () => Promise<unknown>> = {
  bare: (() => { const c = createClient<any>({ baseUrl: server.url }); return () => c.GET('/c/{id}', p); })(),
  bareMw: (() => { const c = createClient<any>({ baseUrl: server.url }); c.use({ onError() {} }); return () => c.GET('/c/{id}', p); })(),
  ckNoTimeout: (() => { const c = createApiClient<any>(cred, { baseUrl: server.url, timeoutMs: 0 }); return () => c.GET('/c/{id}', p); })(),
  ck: (() => { const c = createApiClient<any>(cred, { baseUrl: server.url }); return () => c.GET('/c/{id}', p); })(),
};
const t: Record<string, number[]> = {};
for (let r = 0; r < 3000; r++) for (const [k, f] of Object.entries(v)) { const s = process.hrtime.bigint(); await f(); (t[k] ??= []).push(Number(process.hrtime.bigint() - s) / 1000); }
for (const [k, a] of Object.entries(t)) { a.sort((x, y) => x - y); console.log(k, a[a.length >> 1]!.toFixed(1)); }
await server.stop();
