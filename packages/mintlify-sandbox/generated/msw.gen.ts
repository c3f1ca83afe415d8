// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import type { HttpHandler } from 'msw';
import { MockData, type MockDataOptions, type MockResource, type MswOperation, type MswOptions, mswHandlers } from '@contactkit/mock/msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { components, paths } from './schema.gen.js';
import { validators } from './validators.gen.js';

const operations: MswOperation[] = [
  {
    method: 'GET',
    path: '/contacts/{id}',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"described","value":{"status":"ok","message":"Contact fetched successfully","data":{"id":"550e8400-e29b-41d4-a716-446655440000","company_id":"9b2f4d6e-1a3c-4e5f-8a7b-6c5d4e3f2a1b","firstname":"John","lastname":"Doe","phone_number":"+14155550123","metadata":{"email":"john.doe@example.com","company":"Example Inc.","job_title":"Head of Sales"},"number_country_code":"+1","last_call_status":"completed","last_call_at":"2024-03-12T14:05:30Z","last_call_duration":184,"last_call_feedback":"Interested, asked to be called back next week.","source_name":"CSV Import","tag_name":"hot_lead","category_name":"sales_qualified","notes":"Prefers calls in the afternoon.","created_at":"2024-02-01T09:15:00Z","updated_at":"2024-03-12T14:08:12Z","campaign_id":"5e8f0c2a-7b4d-4c1e-9f3a-2d6b8a0e4c7f","status":"active","workspace_id":"default"}}},{"name":"queried","value":{"status":"ok","message":"ok","data":{"phone_number":"+1234567890","metadata":{"custom_field":"value"},"number_country_code":"+1","last_call_status":"answered","last_call_at":"2023-10-01T12:00:00Z","last_call_duration":120,"source_name":"web","tag_name":"vip","category_name":"sales","created_at":"2023-10-01T12:00:00Z","updated_at":"2023-10-01T12:00:00Z"}}},{"name":"rendered","value":{"status":"ok","message":"<string>","data":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","company_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","firstname":"<string>","lastname":"<string>","phone_number":"+15550000000","metadata":{},"number_country_code":"+1","last_call_status":"<string>","last_call_at":"2023-11-07T05:31:56Z","last_call_duration":123,"last_call_feedback":"<string>","source_name":"<string>","tag_name":"<string>","category_name":"<string>","notes":"<string>","created_at":"2023-11-07T05:31:56Z","updated_at":"2023-11-07T05:31:56Z","campaign_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","status":"<string>","workspace_id":"<string>"}}}]},
    validators: validators['GET /contacts/{id}'],
    store: {"resource":"Contact","role":"read","status":200,"id":{"in":"path","name":"id"},"recordAt":"/data"},
  },
  {
    method: 'GET',
    path: '/contact/{id}',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"described","value":{"status":"ok","message":"Contact fetched successfully","data":{"id":"550e8400-e29b-41d4-a716-446655440000","company_id":"9b2f4d6e-1a3c-4e5f-8a7b-6c5d4e3f2a1b","firstname":"John","lastname":"Doe","phone_number":"+14155550123","metadata":{"email":"john.doe@example.com","company":"Example Inc.","job_title":"Head of Sales"},"number_country_code":"+1","last_call_status":"completed","last_call_at":"2024-03-12T14:05:30Z","last_call_duration":184,"last_call_feedback":"Interested, asked to be called back next week.","source_name":"CSV Import","tag_name":"hot_lead","category_name":"sales_qualified","notes":"Prefers calls in the afternoon.","created_at":"2024-02-01T09:15:00Z","updated_at":"2024-03-12T14:08:12Z","campaign_id":"5e8f0c2a-7b4d-4c1e-9f3a-2d6b8a0e4c7f","status":"active","workspace_id":"default"}}},{"name":"queried","value":{"status":"ok","message":"ok","data":{"phone_number":"+1234567890","metadata":{"custom_field":"value"},"number_country_code":"+1","last_call_status":"answered","last_call_at":"2023-10-01T12:00:00Z","last_call_duration":120,"source_name":"web","tag_name":"vip","category_name":"sales","created_at":"2023-10-01T12:00:00Z","updated_at":"2023-10-01T12:00:00Z"}}},{"name":"rendered","value":{"status":"ok","message":"<string>","data":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","company_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","firstname":"<string>","lastname":"<string>","phone_number":"+15550000000","metadata":{},"number_country_code":"+1","last_call_status":"<string>","last_call_at":"2023-11-07T05:31:56Z","last_call_duration":123,"last_call_feedback":"<string>","source_name":"<string>","tag_name":"<string>","category_name":"<string>","notes":"<string>","created_at":"2023-11-07T05:31:56Z","updated_at":"2023-11-07T05:31:56Z","campaign_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","status":"<string>","workspace_id":"<string>"}}}]},
    validators: validators['GET /contact/{id}'],
    store: {"resource":"Contact","role":"read","status":200,"id":{"in":"path","name":"id"},"recordAt":"/data"},
  },
];

const resources: MockResource[] = [{"name":"Contact","idKey":"id","assigned":["id","company_id","firstname","lastname","phone_number","metadata","number_country_code","last_call_status","last_call_at","last_call_duration","last_call_feedback","source_name","tag_name","category_name","notes","created_at","updated_at","campaign_id","status","workspace_id"],"examples":[{"id":"550e8400-e29b-41d4-a716-446655440000","company_id":"9b2f4d6e-1a3c-4e5f-8a7b-6c5d4e3f2a1b","firstname":"John","lastname":"Doe","phone_number":"+14155550123","metadata":{"email":"john.doe@example.com","company":"Example Inc.","job_title":"Head of Sales"},"number_country_code":"+1","last_call_status":"completed","last_call_at":"2024-03-12T14:05:30Z","last_call_duration":184,"last_call_feedback":"Interested, asked to be called back next week.","source_name":"CSV Import","tag_name":"hot_lead","category_name":"sales_qualified","notes":"Prefers calls in the afternoon.","created_at":"2024-02-01T09:15:00Z","updated_at":"2024-03-12T14:08:12Z","campaign_id":"5e8f0c2a-7b4d-4c1e-9f3a-2d6b8a0e4c7f","status":"active","workspace_id":"default"},{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","company_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","firstname":"<string>","lastname":"<string>","phone_number":"+15550000000","metadata":{},"number_country_code":"+1","last_call_status":"<string>","last_call_at":"2023-11-07T05:31:56Z","last_call_duration":123,"last_call_feedback":"<string>","source_name":"<string>","tag_name":"<string>","category_name":"<string>","notes":"<string>","created_at":"2023-11-07T05:31:56Z","updated_at":"2023-11-07T05:31:56Z","campaign_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","status":"<string>","workspace_id":"<string>"}]}];

/** The records of the mock, by resource: what `createMockData()` takes and `MockData` answers. */
export type MockRecords = {
  'Contact': NonNullable<components['schemas']['Contact']>;
};

/**
 * Records for `handlers(baseUrl, { data })`: the records the spec's documented
 * answers show (unless `{ examples: false }`) and `seed`, each checked against
 * the spec (a field that does not fit throws, naming it). The handlers then store
 * what a test creates and answer reads by id from the records.
 */
export function createMockData(seed: { [Name in keyof MockRecords]?: MockRecords[Name][] } = {}, options: MockDataOptions = {}): MockData<MockRecords> {
  return new MockData<MockRecords>(resources, operations, seed, options);
}

/**
 * Request handlers (msw 2) of every operation of the callab.ai Contacts API, served under
 * `baseUrl` (the spec's server, https://api.callab.ai/v1, unless given): each answers its first documented example,
 * the documented 401 without the credentials it needs, and the documented 400 (or a 422 problem)
 * to a request the spec forbids, naming the field and the rule in `x-mock-violations`.
 * With `{ data: createMockData() }` they answer from records instead: what a test creates it reads back.
 * Needs `msw`, `openapi-msw` and `@contactkit/mock` in your devDependencies.
 */
export function handlers(baseUrl: string = 'https://api.callab.ai/v1', options: Omit<MswOptions, 'data'> & { data?: MockData<MockRecords> } = {}): HttpHandler[] {
  return mswHandlers(baseUrl, operations, options as MswOptions);
}

/** msw's `http`, typed from this API's paths, for answers of your own: `server.use(typedHttp(baseUrl).get(path, resolver))`. */
export const typedHttp = (baseUrl: string = 'https://api.callab.ai/v1') => createOpenApiHttp<paths>({ baseUrl });
