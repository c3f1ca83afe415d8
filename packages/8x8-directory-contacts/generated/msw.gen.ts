// Generated from specs/8x8-directory-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import type { HttpHandler } from 'msw';
import { MockData, type MockDataOptions, type MockResource, type MswOperation, type MswOptions, mswHandlers } from '@contactkit/mock/msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { components, paths } from './schema.gen.js';
import { validators } from './validators.gen.js';

const operations: MswOperation[] = [
  {
    method: 'GET',
    path: '/contacts',
    credentials: [["x-api-key"]],
    answers: {"200":[{"name":"lastPage","value":{"data":[{"id":"2h_JNsaISleZWA36GRh3YQ","contactType":"company","customerId":"0016C00000VM1BeQAL","companyName":"8x8, Inc.","firstName":"John","lastName":"Doe","location":"San Jose, CA","addresses":[{"id":4038630,"city":"San Jose","country":"United States","county":"Santa Clara","postalCode":"95131","primary":true,"purposeType":"BUSINESS","state":"California","streetName":"1st St","streetNumber":"675"}],"phones":[{"id":3115234,"phone":"+18005551234","primary":false,"purposeType":"WORK","source":"EXTERNAL"},{"id":3115235,"phone":"+18003351234","primary":false,"purposeType":"MOBILE","source":"EXTERNAL"}]}],"meta":{"hasMore":false,"scrollId":null}}},{"name":"guide","value":{"data":[{"id":"2h_JNsaISleZWA36GRh3YQ","assignedUserId":"2h_JNsaISleZWA36GRh3YQ","branchId":"ovYzzgfDSDqolA3RbhWjbw","branchName":"Tech Support Division","companyName":"8x8 Inc.","contactType":"corporate","customerId":"0016C00000VM1BeQAL","department":"Support","displayWhenNoExtension":true,"firstName":"James","jobTitle":"Agent","lastName":"Miller","locale":"en_US","middleName":"Edward","nickName":"Jim","pbxId":"bhjLT03CTJuVwgAy9y3DOQ","pbxName":"qmsarealenv1","pictureHash":"a046a853f0e131f18001d1174d6c1b2e9a3f5d7c8b0e4f2a6d9c1e3b5a7f6e1e","timeZone":"America/Los_Angeles","name":"James Edward Miller","createdTimestamp":1621341000000,"updatedTimestamp":1678182231575,"hideInAA":false,"addresses":[{"id":23071,"apartmentNumber":null,"city":"San Jose","country":"United States","county":"Santa Clara","notes":"8x8 Headquarters","postalCode":"95131","primary":true,"purposeType":"WORK","state":"California","streetName":"1st St","streetNumber":"675"}],"emails":[{"id":86533,"email":"contact@example.com","primary":true,"purposeType":"WORK"}],"phones":[{"id":48073,"phone":"04029511367","primary":true,"purposeType":"WORK","source":"EXTERNAL"},{"id":48074,"phone":"0756124412","primary":false,"purposeType":"HOME","source":"EXTERNAL"}],"tags":[{"id":25672,"name":"customField2","value":"value2"},{"id":25673,"name":"customField1","value":"value_updated"},{"id":25674,"name":"customField3","value":"value3"}],"extensions":[{"id":52400,"branchId":"ovYzzgfDSDqolA3RbhWjbw","branchName":"ContactSite","contactId":"2h_JNsaISleZWA36GRh3YQ","displayInDirectory":true,"extension":"60000001","extensionType":"CC","fqExtension":"1460000001","pbxId":"bhjLT03CTJuVwgAy9y3DOQ","pbxName":"qmsarealenv1","subscriptionId":"aK60JcBERnKIya9Rt7BCxA","subscriptionType":"UE"}]},{"id":"0eDDyAIIQU1Sb771BB23gQ","contactType":"service","customerId":"0016C00000VM1BeQAX","assignedUserId":"bhjT03CtUvWgAy9b3DOQ","branchId":"br_301","branchName":"Tech Support Division","pbxId":"tVK8Vd5Aj1yskcl_-_13A","pbxName":"voedidionworkflow25","jobTitle":"Account Manager","pictureHash":"a046a853f0e131f18001d1174d","displayWhenNoExtension":false,"subscriptionId":"0_0qy7cCMFK1HEXLZZA","subscriptionName":"Helpdesk","subscriptionType":"CQ","subscriptionUserId":"0eDDyAIIQU1Sb771BB23g","extensions":[{"branchId":"ovYzzgfDSDqolA3RbhWjbw","branchName":"DowntownBranch","contactId":"0eDDyAIIQU1Sb771BB23gQ","displayInDirectory":true,"extension":"60000001","extensionType":"CC","fqExtension":"1460000001","hideInAA":true,"pbxId":"bhjLT03CTJuVwgAy9y3DOQ","pbxName":"qmsarealenv1","subscriptionId":"aK60JcBERnKIya9Rt7BCxA","subscriptionType":"UE"}]}],"meta":{"hasMore":false,"scrollId":null}}},{"name":"morePages","value":{"data":[{"id":"2h_JNsaISleZWA36GRh3YQ","contactType":"company","customerId":"0016C00000VM1BeQAL","companyName":"8x8, Inc.","firstName":"John","lastName":"Doe","location":"San Jose, CA","addresses":[{"id":4038630,"city":"San Jose","country":"United States","county":"Santa Clara","postalCode":"95131","primary":true,"purposeType":"BUSINESS","state":"California","streetName":"1st St","streetNumber":"675"}],"phones":[{"id":3115234,"phone":"+18005551234","primary":false,"purposeType":"WORK","source":"EXTERNAL"},{"id":3115235,"phone":"+18003351234","primary":false,"purposeType":"MOBILE","source":"EXTERNAL"}]}],"meta":{"hasMore":true,"scrollId":"FGluY2x1ZGVfY29udGV4dF91dWlkDXF1ZXJ5QW5kRmV0Y2gBFkZ"}}}],"429":[]},
    queryTypes: {"details":"array","filterByDisplayFlag":"boolean","size":"integer","useScrollId":"boolean"},
    validators: validators['GET /contacts'],
  },
  {
    method: 'POST',
    path: '/contacts',
    credentials: [["x-api-key"]],
    answers: {"200":[{"name":"page","value":{"id":"c3697cef-5e57-41cc-8720-6db6e8e2a977","companyName":"8x8, Inc.","contactType":"company","customerId":"0016C00000VM1BeQAL","department":"Research and Development","firstName":"John","jobTitle":"Software Eng.","lastName":"Doe","locale":"en_US","location":"San Jose, CA","nickName":"johnny","pbxId":"bhjLT03CTJuVwgAy9y3DOQ","pbxName":"qmsarealenv1","timeZone":"America/Los_Angeles","addresses":[{"id":4038630,"city":"San Jose","country":"United States","county":"Santa Clara","notes":"8x8 Headquarters","postalCode":"95131","primary":true,"purposeType":"WORK","state":"California","streetName":"1st St","streetNumber":"675"}],"emails":[{"id":5106357,"email":"john.doe@example.com","primary":true,"purposeType":"WORK"}],"phones":[{"id":3115234,"phone":"+18005551234","primary":true,"purposeType":"WORK","source":"EXTERNAL"}],"tags":[{"id":3248976,"name":"customField1","value":"value1"}]}},{"name":"lowercasePurpose","value":{"id":"c3697cef-5e57-41cc-8720-6db6e8e2a977","companyName":"8x8, Inc.","contactType":"company","customerId":"0016C00000VM1BeQAL","department":"Research and Development","firstName":"John","jobTitle":"Software Eng.","lastName":"Doe","locale":"en_US","location":"San Jose, CA","nickName":"johnny","pbxId":"bhjLT03CTJuVwgAy9y3DOQ","pbxName":"qmsarealenv1","timeZone":"America/Los_Angeles","addresses":[{"id":4038630,"city":"San Jose","country":"United States","county":"Santa Clara","notes":"8x8 Headquarters","postalCode":"95131","primary":true,"purposeType":"WORK","state":"California","streetName":"1st St","streetNumber":"675"}],"emails":[{"id":5106357,"email":"john.doe@example.com","primary":true,"purposeType":"work"}],"phones":[{"id":3115234,"phone":"+18005551234","primary":true,"purposeType":"WORK","source":"EXTERNAL"}],"tags":[{"id":3248976,"name":"customField1","value":"value1"}]}}],"429":[]},
    validators: validators['POST /contacts'],
    bodyRequired: true,
    store: {"resource":"Contact","role":"create","status":200,"recordAt":""},
  },
  {
    method: 'PUT',
    path: '/contacts/{contactId}',
    credentials: [["x-api-key"]],
    answers: {"200":[{"name":"page","value":{"id":"c3697cef-5e57-41cc-8720-6db6e8e2a977","companyName":"8x8, Inc.","contactType":"company","customerId":"0016C00000VM1BeQAL","department":"Marketing","firstName":"John","jobTitle":"Marketing Manager","lastName":"Doe","locale":"en_US","location":"San Jose, CA","nickName":"johnny","pbxId":"bhjLT03CTJuVwgAy9y3DOQ","pbxName":"qmsarealenv1","timeZone":"America/Los_Angeles","addresses":[{"id":4038640,"city":"New York","country":"United States","county":"New York","notes":"Secondary Office Location","postalCode":"10001","primary":true,"purposeType":"WORK","state":"New York","streetName":"5th Ave","streetNumber":"350"}],"emails":[{"id":3115834,"email":"john.doe@example.com","primary":true,"purposeType":"WORK"}],"phones":[{"id":5106367,"phone":"+18003351234","primary":true,"purposeType":"WORK","source":"EXTERNAL"}],"tags":[{"id":3228976,"name":"customField1","value":"value2"}]}}],"429":[]},
    validators: validators['PUT /contacts/{contactId}'],
    bodyRequired: true,
    store: {"resource":"Contact","role":"replace","status":200,"id":{"in":"path","name":"contactId"},"recordAt":""},
  },
  {
    method: 'DELETE',
    path: '/contacts/{contactId}',
    credentials: [["x-api-key"]],
    answers: {"200":[],"429":[]},
    validators: validators['DELETE /contacts/{contactId}'],
    store: {"resource":"Contact","role":"delete","status":200,"id":{"in":"path","name":"contactId"}},
  },
];

const resources: MockResource[] = [{"name":"Contact","idKey":"id","assigned":["id","name","assignedUserId","pictureHash","displayWhenNoExtension","hideInAA","subscriptionId","subscriptionName","subscriptionType","subscriptionUserId","createdTimestamp","updatedTimestamp","extensions"],"examples":[{"id":"2h_JNsaISleZWA36GRh3YQ","contactType":"company","customerId":"0016C00000VM1BeQAL","companyName":"8x8, Inc.","firstName":"John","lastName":"Doe","location":"San Jose, CA","addresses":[{"id":4038630,"city":"San Jose","country":"United States","county":"Santa Clara","postalCode":"95131","primary":true,"purposeType":"BUSINESS","state":"California","streetName":"1st St","streetNumber":"675"}],"phones":[{"id":3115234,"phone":"+18005551234","primary":false,"purposeType":"WORK","source":"EXTERNAL"},{"id":3115235,"phone":"+18003351234","primary":false,"purposeType":"MOBILE","source":"EXTERNAL"}]},{"id":"0eDDyAIIQU1Sb771BB23gQ","contactType":"service","customerId":"0016C00000VM1BeQAX","assignedUserId":"bhjT03CtUvWgAy9b3DOQ","branchId":"br_301","branchName":"Tech Support Division","pbxId":"tVK8Vd5Aj1yskcl_-_13A","pbxName":"voedidionworkflow25","jobTitle":"Account Manager","pictureHash":"a046a853f0e131f18001d1174d","displayWhenNoExtension":false,"subscriptionId":"0_0qy7cCMFK1HEXLZZA","subscriptionName":"Helpdesk","subscriptionType":"CQ","subscriptionUserId":"0eDDyAIIQU1Sb771BB23g","extensions":[{"branchId":"ovYzzgfDSDqolA3RbhWjbw","branchName":"DowntownBranch","contactId":"0eDDyAIIQU1Sb771BB23gQ","displayInDirectory":true,"extension":"60000001","extensionType":"CC","fqExtension":"1460000001","hideInAA":true,"pbxId":"bhjLT03CTJuVwgAy9y3DOQ","pbxName":"qmsarealenv1","subscriptionId":"aK60JcBERnKIya9Rt7BCxA","subscriptionType":"UE"}]},{"id":"c3697cef-5e57-41cc-8720-6db6e8e2a977","companyName":"8x8, Inc.","contactType":"company","customerId":"0016C00000VM1BeQAL","department":"Research and Development","firstName":"John","jobTitle":"Software Eng.","lastName":"Doe","locale":"en_US","location":"San Jose, CA","nickName":"johnny","pbxId":"bhjLT03CTJuVwgAy9y3DOQ","pbxName":"qmsarealenv1","timeZone":"America/Los_Angeles","addresses":[{"id":4038630,"city":"San Jose","country":"United States","county":"Santa Clara","notes":"8x8 Headquarters","postalCode":"95131","primary":true,"purposeType":"WORK","state":"California","streetName":"1st St","streetNumber":"675"}],"emails":[{"id":5106357,"email":"john.doe@example.com","primary":true,"purposeType":"WORK"}],"phones":[{"id":3115234,"phone":"+18005551234","primary":true,"purposeType":"WORK","source":"EXTERNAL"}],"tags":[{"id":3248976,"name":"customField1","value":"value1"}]}]}];

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
 * Request handlers (msw 2) of every operation of the 8x8 Directory Contacts API, served under
 * `baseUrl` (the spec's server, https://api.8x8.com/directory-contacts/api/v3, unless given): each answers its first documented example,
 * the documented 401 without the credentials it needs, and the documented 400 (or a 422 problem)
 * to a request the spec forbids, naming the field and the rule in `x-mock-violations`.
 * With `{ data: createMockData() }` they answer from records instead: what a test creates it reads back.
 * Needs `msw`, `openapi-msw` and `@contactkit/mock` in your devDependencies.
 */
export function handlers(baseUrl: string = 'https://api.8x8.com/directory-contacts/api/v3', options: Omit<MswOptions, 'data'> & { data?: MockData<MockRecords> } = {}): HttpHandler[] {
  return mswHandlers(baseUrl, operations, options as MswOptions);
}

/** msw's `http`, typed from this API's paths, for answers of your own: `server.use(typedHttp(baseUrl).get(path, resolver))`. */
export const typedHttp = (baseUrl: string = 'https://api.8x8.com/directory-contacts/api/v3') => createOpenApiHttp<paths>({ baseUrl });
