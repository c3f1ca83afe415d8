// Generated from specs/rocketchat-omnichannel/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import type { HttpHandler } from 'msw';
import { MockData, type MockDataOptions, type MockResource, type MswOperation, type MswOptions, mswHandlers } from '@contactkit/mock/msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { components, paths } from './schema.gen.js';
import { validators } from './validators.gen.js';

const operations: MswOperation[] = [
  {
    method: 'POST',
    path: '/api/v1/omnichannel/contacts',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"registered","value":{"contactId":"674eeb4343725ce31dd9bdae","success":true}}],"400":[{"name":"missingEmails","value":{"success":false,"error":"must have required property 'emails' [invalid-params]","errorType":"invalid-params"}},{"name":"managerNotFound","value":{"success":false,"error":"error-contact-manager-not-found"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['POST /api/v1/omnichannel/contacts'],
    bodyRequired: true,
    store: {"resource":"Contact","role":"create","status":200,"idAt":"/contactId"},
  },
  {
    method: 'POST',
    path: '/api/v1/omnichannel/contacts.update',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"updated","value":{"contact":{"_id":"673c76df47a6c9b89dd263d8","_updatedAt":"2024-11-19T11:42:10.215Z","createdAt":"2024-11-19T11:30:39.710Z","name":"John Doe","emails":[{"address":"john.doe@example.com"}],"phones":[{"phoneNumber":"+1367895436"}],"contactManager":"rbAXPnMktTFbNpwtJ","unknown":false,"channels":[],"customFields":{},"conflictingFields":[],"preRegistration":true},"success":true}}],"400":[{"name":"missingContactId","value":{"success":false,"error":"must have required property 'contactId' [invalid-params]","errorType":"invalid-params"}},{"name":"contactNotFound","value":{"success":false,"error":"error-contact-not-found"}},{"name":"managerNotFound","value":{"success":false,"error":"error-contact-manager-not-found"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['POST /api/v1/omnichannel/contacts.update'],
    bodyRequired: true,
    store: {"resource":"Contact","role":"merge","status":200,"id":{"in":"body","name":"contactId"},"recordAt":"/contact"},
  },
  {
    method: 'GET',
    path: '/api/v1/omnichannel/contacts.get',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"contact","value":{"contact":{"_id":"673c76df47a6c9b89dd263d8","_updatedAt":"2024-11-19T11:42:10.215Z","createdAt":"2024-11-19T11:30:39.710Z","name":"John Doe","emails":[{"address":"john.doe@example.com"}],"phones":[{"phoneNumber":"+1367895436"}],"contactManager":"rbAXPnMktTFbNpwtJ","unknown":false,"customFields":{"social-number":"123456789","address":"1 Main Street","zip-code":"10001"},"channels":[{"name":"widget","visitor":{"visitorId":"653f9ce1a2f73c7460e18e82","source":{"type":"widget"}},"blocked":false,"verified":false,"details":{"type":"widget"},"lastChat":{"_id":"ixnGsLNT8rTL9eYY3","ts":"2024-11-19T11:30:41.120Z"}}],"lastChat":{"_id":"ixnGsLNT8rTL9eYY3","ts":"2024-11-19T11:30:41.120Z"},"conflictingFields":[]},"success":true}}],"400":[{"name":"requiredParameter","value":{"success":false,"error":"error: must have required property 'contactId' [invalid-params]","errorType":"invalid-params"}},{"name":"emptyContact","value":{"success":false,"error":"must pass \"isNotEmpty\" keyword validation [invalid-params]","errorType":"invalid-params"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"404":[{"name":"notFound","value":{"success":false,"error":"Resource not found"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['GET /api/v1/omnichannel/contacts.get'],
    store: {"resource":"Contact","role":"read","status":200,"id":{"in":"query","name":"contactId"},"recordAt":"/contact"},
  },
  {
    method: 'GET',
    path: '/api/v1/omnichannel/contacts.search',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"page","value":{"contacts":[{"_id":"67487f45e98719b7908d0f29","_updatedAt":"2024-11-28T14:20:05.318Z","createdAt":"2024-11-28T14:20:05.318Z","name":"John Doe","emails":[{"address":"john.doe@example.com"}],"phones":[],"contactManager":{"_id":"cbTgcixmLxYSdFmmZ","name":"Kim Jane","username":"kim.jane"},"unknown":false,"channels":[],"customFields":{}}],"count":25,"offset":0,"total":1,"success":true}}],"400":[{"name":"notNumber","value":{"success":false,"error":"must be number [invalid-params]","errorType":"invalid-params"}},{"name":"notBoolean","value":{"success":false,"error":"must be boolean [invalid-params]","errorType":"invalid-params"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    queryTypes: {"unknown":"boolean","offset":"integer","count":"integer"},
    validators: validators['GET /api/v1/omnichannel/contacts.search'],
  },
  {
    method: 'GET',
    path: '/api/v1/omnichannel/contacts.history',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"page","value":{"history":[{"_id":"CT5bru2WjJ2EsmGbH","fname":"John Doe","ts":"2024-11-19T11:30:41.120Z","closedAt":"2024-11-19T11:52:13.004Z","closer":"user","closedBy":{"_id":"9sLvmAcQk4EAGdi6e","username":"john.agent"},"msgs":12,"v":{"_id":"653f9ce1a2f73c7460e18e82","username":"guest-39","token":"434lxd7iss8yh8c4m80wh"},"servedBy":{"_id":"rbAXPnMktTFbNpwtJ","username":"kim.jane"},"tags":[],"source":{"type":"widget"},"verified":false}],"count":1,"offset":0,"total":1,"success":true}}],"400":[{"name":"missingContactId","value":{"success":false,"error":"must have required property 'contactId' [invalid-params]","errorType":"invalid-params"}},{"name":"contactNotFound","value":{"success":false,"error":"error-contact-not-found"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    queryTypes: {"offset":"integer","count":"integer"},
    validators: validators['GET /api/v1/omnichannel/contacts.history'],
  },
  {
    method: 'GET',
    path: '/api/v1/omnichannel/contacts.channels',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"channels","value":{"channels":[{"name":"widget","visitor":{"visitorId":"234567987655weygcbg","source":{"type":"widget"}},"blocked":false,"verified":true,"verifiedAt":"2024-11-19T11:35:02.412Z","field":"email","value":"john.doe@example.com","details":{"type":"widget"},"lastChat":{"_id":"ixnGsLNT8rTL9eYY3","ts":"2024-11-19T11:30:41.120Z"}}],"success":true}},{"name":"unknownContact","value":{"channels":[],"success":true}}],"400":[{"name":"missingContactId","value":{"success":false,"error":"must have required property 'contactId' [invalid-params]","errorType":"invalid-params"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['GET /api/v1/omnichannel/contacts.channels'],
  },
  {
    method: 'POST',
    path: '/api/v1/omnichannel/contacts.conflicts',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"resolved","value":{"result":{"_id":"673c76df47a6c9b89dd263d8","_updatedAt":"2025-05-20T09:12:44.108Z","createdAt":"2024-11-19T11:30:39.710Z","name":"John Doe","emails":[{"address":"john.doe@example.com"}],"phones":[],"customFields":{"field1":"value1","field2":"value2"},"contactManager":"rbAXPnMktTFbNpwtJ","conflictingFields":[],"unknown":false,"channels":[],"activity":["2025-05"],"preRegistration":false},"success":true}}],"400":[{"name":"missingContactId","value":{"success":false,"error":"must have required property 'contactId' [invalid-params]","errorType":"invalid-params"}},{"name":"noConflicts","value":{"success":false,"error":"error-contact-has-no-conflicts"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['POST /api/v1/omnichannel/contacts.conflicts'],
    bodyRequired: true,
  },
  {
    method: 'GET',
    path: '/api/v1/omnichannel/contacts.checkExistence',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"found","value":{"exists":true,"success":true}},{"name":"notFound","value":{"exists":false,"success":true}}],"400":[{"name":"notExactlyOne","value":{"success":false,"error":"must have required property 'contactId' must have required property 'email' must have required property 'phone' must match exactly one schema in oneOf [invalid-params]","errorType":"invalid-params"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['GET /api/v1/omnichannel/contacts.checkExistence'],
  },
  {
    method: 'POST',
    path: '/api/v1/omnichannel/contacts.block',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"done","value":{"success":true}}],"400":[{"name":"missingVisitor","value":{"success":false,"error":"must have required property 'visitor' [invalid-params]","errorType":"invalid-params"}},{"name":"contactNotFound","value":{"success":false,"error":"error-contact-not-found"}},{"name":"notAllowed","value":{"success":false,"error":"error-action-not-allowed"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['POST /api/v1/omnichannel/contacts.block'],
    bodyRequired: true,
  },
  {
    method: 'POST',
    path: '/api/v1/omnichannel/contacts.unblock',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"done","value":{"success":true}}],"400":[{"name":"missingVisitor","value":{"success":false,"error":"must have required property 'visitor' [invalid-params]","errorType":"invalid-params"}},{"name":"contactNotFound","value":{"success":false,"error":"error-contact-not-found"}},{"name":"notAllowed","value":{"success":false,"error":"error-action-not-allowed"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['POST /api/v1/omnichannel/contacts.unblock'],
    bodyRequired: true,
  },
  {
    method: 'GET',
    path: '/api/v1/omnichannel/contact',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"success","value":{"contact":{"_id":"653f9ce1a2f73c7460e18e82","username":"guest-39","ts":"2023-10-30T12:09:05.982Z","token":"434lxd7iss8yh8c4m80wh","_updatedAt":"2023-10-30T13:43:22.044Z","contactManager":{"username":"kim.jane"},"livechatData":{},"name":"Chris","phone":[{"phoneNumber":"+91123456788"}],"visitorEmails":[{"address":"guest@example.com"}]},"success":true}},{"name":"notFound","value":{"contact":null,"success":true}},{"name":"noPhone","value":{"contact":{"_id":"mAm5YZHwHMrNj8fhu","username":"guest-41","ts":"2023-11-02T08:15:00.000Z","token":"969X86icKLRduGAKK","_updatedAt":"2023-11-02T08:15:00.000Z","phone":null},"success":true}}],"400":[{"name":"missingContactId","value":{"success":false,"error":"Match error: Missing key 'contactId'"}},{"name":"missingContactIdAjv","value":{"success":false,"error":"must have required property 'contactId' [invalid-params]","errorType":"invalid-params"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['GET /api/v1/omnichannel/contact'],
  },
  {
    method: 'POST',
    path: '/api/v1/omnichannel/contact',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"registered","value":{"contact":"7ipCD6NDtkkRDCiNM","success":true}}],"400":[{"name":"missingToken","value":{"success":false,"error":"Match error: Missing key 'token'"}},{"name":"managerNotFound","value":{"success":false,"error":"error-contact-manager-not-found"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['POST /api/v1/omnichannel/contact'],
    bodyRequired: true,
  },
  {
    method: 'GET',
    path: '/api/v1/omnichannel/contact.search',
    credentials: [["X-Auth-Token","X-User-Id"]],
    answers: {"200":[{"name":"found","value":{"contact":{"_id":"62fbed6d337291dc9a68ff89","username":"guest-39","status":"online","ts":"2024-11-19T11:30:39.710Z","_updatedAt":"2024-11-19T11:42:10.215Z","department":"MgzoccgEFHZ856i97","name":"Chris","token":"434lxd7iss8yh8c4m80wh","visitorEmails":[{"address":"guest@example.com"}],"lastChat":{"_id":"ixnGsLNT8rTL9eYY3","ts":"2024-11-19T11:30:41.120Z"},"livechatData":{"hobby":"gaming"}},"success":true}},{"name":"noMatch","value":{"contact":null,"success":true}}],"400":[{"name":"noCriteria","value":{"success":false,"error":"error-invalid-params"}},{"name":"badCustom","value":{"success":false,"error":"error-invalid-params-custom"}}],"401":[{"name":"authorizationError","value":{"status":"error","message":"You must be logged in to do this."}}],"403":[{"name":"missingPermission","value":{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}},{"name":"unauthorized","value":{"success":false,"error":"unauthorized"}}],"429":[{"name":"tooManyRequests","value":{"success":false,"error":"Too many requests"}}]},
    validators: validators['GET /api/v1/omnichannel/contact.search'],
  },
];

const resources: MockResource[] = [{"name":"Contact","idKey":"_id","assigned":["_id","_updatedAt","createdAt","unknown","channels","conflictingFields","lastChat","preRegistration","activity"],"examples":[{"_id":"673c76df47a6c9b89dd263d8","_updatedAt":"2024-11-19T11:42:10.215Z","createdAt":"2024-11-19T11:30:39.710Z","name":"John Doe","emails":[{"address":"john.doe@example.com"}],"phones":[{"phoneNumber":"+1367895436"}],"contactManager":"rbAXPnMktTFbNpwtJ","unknown":false,"channels":[],"customFields":{},"conflictingFields":[],"preRegistration":true}]}];

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
 * Request handlers (msw 2) of every operation of the Rocket.Chat Omnichannel Contacts API, served under
 * `baseUrl`: each answers its first documented example,
 * the documented 401 without the credentials it needs, and the documented 400 (or a 422 problem)
 * to a request the spec forbids, naming the field and the rule in `x-mock-violations`.
 * With `{ data: createMockData() }` they answer from records instead: what a test creates it reads back.
 * Needs `msw`, `openapi-msw` and `@contactkit/mock` in your devDependencies.
 */
export function handlers(baseUrl: string, options: Omit<MswOptions, 'data'> & { data?: MockData<MockRecords> } = {}): HttpHandler[] {
  return mswHandlers(baseUrl, operations, options as MswOptions);
}

/** msw's `http`, typed from this API's paths, for answers of your own: `server.use(typedHttp(baseUrl).get(path, resolver))`. */
export const typedHttp = (baseUrl: string) => createOpenApiHttp<paths>({ baseUrl });
