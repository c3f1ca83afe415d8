// Generated from specs/8x8-connect-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import type { HttpHandler } from 'msw';
import { MockData, type MockDataOptions, type MockResource, type MswOperation, type MswOptions, mswHandlers } from '@contactkit/mock/msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { components, paths } from './schema.gen.js';
import { validators } from './validators.gen.js';

const operations: MswOperation[] = [
  {
    method: 'GET',
    path: '/api/v1/accounts/{accountId}/contacts',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"oneMatch","value":{"items":[{"id":41764539,"createdAt":"2022-04-18T07:15:21.7Z","firstName":"John","lastName":"Black","country":"US","groups":[],"addresses":{"msisdn":"6512345678"},"customAttributes":{}}],"page":1,"totalPages":1,"totalCount":7,"totalFiltered":1,"hasPreviousPage":false,"hasNextPage":false}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    queryTypes: {"limit":"integer","offset":"integer","groupId":"integer"},
    validators: validators['GET /api/v1/accounts/{accountId}/contacts'],
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/contacts',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"merged","value":{"id":41764986,"createdAt":"2022-04-18T07:39:55.52Z","firstName":"John","lastName":"Doe","externalId":"87668","country":"US","groups":[{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}],"addresses":{"msisdn":"16511112222","email":"john.doe@example.com"},"customAttributes":{}}}],"201":[{"name":"created","value":{"id":41764986,"createdAt":"2022-04-18T07:39:55.52Z","externalId":"87668","country":"US","groups":[{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}],"addresses":{"msisdn":"16511112222"},"customAttributes":{}}},{"name":"attributes","value":{"id":41702118,"createdAt":"2022-02-25T08:02:19.97Z","firstName":"John","lastName":"Black","externalId":"7688","country":"US","groups":[{"id":8039,"contacts":8022,"createdAt":"2022-02-21T04:12:05.13Z","name":"main_group","description":"Main group","isBlacklist":false}],"addresses":{"msisdn":"656554115887","facebookUserId":"2730012457047213"},"customAttributes":{"company":"My company","department":"Customer support"}}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}],"409":[{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    validators: validators['POST /api/v1/accounts/{accountId}/contacts'],
    bodyRequired: true,
    store: {"resource":"Contact","role":"create","status":201,"recordAt":""},
  },
  {
    method: 'GET',
    path: '/api/v1/accounts/{accountId}/contacts/{contactId}',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"created","value":{"id":41764986,"createdAt":"2022-04-18T07:39:55.52Z","externalId":"87668","country":"US","groups":[{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}],"addresses":{"msisdn":"16511112222"},"customAttributes":{}}},{"name":"attributes","value":{"id":41702118,"createdAt":"2022-02-25T08:02:19.97Z","firstName":"John","lastName":"Black","externalId":"7688","country":"US","groups":[{"id":8039,"contacts":8022,"createdAt":"2022-02-21T04:12:05.13Z","name":"main_group","description":"Main group","isBlacklist":false}],"addresses":{"msisdn":"656554115887","facebookUserId":"2730012457047213"},"customAttributes":{"company":"My company","department":"Customer support"}}}],"404":[{"name":"invalidId","value":{"code":4018,"message":"Invalid jobId","errorId":"aa400d4b-fffe-ea11-8277-00155d4ff7ed","timestamp":"2020-09-25T07:18:22.78Z"}}]},
    validators: validators['GET /api/v1/accounts/{accountId}/contacts/{contactId}'],
    store: {"resource":"Contact","role":"read","status":200,"id":{"in":"path","name":"contactId"},"recordAt":""},
  },
  {
    method: 'DELETE',
    path: '/api/v1/accounts/{accountId}/contacts/{contactId}',
    credentials: [["Authorization"]],
    answers: {"204":[]},
    validators: validators['DELETE /api/v1/accounts/{accountId}/contacts/{contactId}'],
    store: {"resource":"Contact","role":"delete","status":204,"id":{"in":"path","name":"contactId"}},
  },
  {
    method: 'PATCH',
    path: '/api/v1/accounts/{accountId}/contacts/{contactId}',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"renamed","value":{"id":41764986,"createdAt":"2022-04-18T07:39:55.52Z","firstName":"John","lastName":"Black","externalId":"87668","country":"US","groups":[{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}],"addresses":{"msisdn":"16511112222"},"customAttributes":{}}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}],"404":[{"name":"invalidId","value":{"code":4018,"message":"Invalid jobId","errorId":"aa400d4b-fffe-ea11-8277-00155d4ff7ed","timestamp":"2020-09-25T07:18:22.78Z"}}]},
    validators: validators['PATCH /api/v1/accounts/{accountId}/contacts/{contactId}'],
    bodyRequired: true,
    store: {"resource":"Contact","role":"patch","status":200,"id":{"in":"path","name":"contactId"},"recordAt":""},
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}',
    credentials: [["Authorization"]],
    answers: {"200":[],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}],"401":[{"name":"notAuthenticated","value":{"code":1200,"message":"Request was not authenticated properly","errorId":"0b7ab8b9-3f5e-4a8e-9b59-8f6f0c9d2e37","timestamp":"2020-09-25T07:18:22.78Z"}}]},
    validators: validators['POST /api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}'],
  },
  {
    method: 'GET',
    path: '/api/v1/accounts/{accountId}/groups',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"twoGroups","value":{"items":[{"id":8039,"contacts":8022,"createdAt":"2022-02-21T04:12:05.13Z","name":"main_group","description":"Main group","isBlacklist":false},{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}],"page":1,"totalPages":1,"totalCount":2,"totalFiltered":2,"hasPreviousPage":false,"hasNextPage":false}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    queryTypes: {"limit":"integer","offset":"integer"},
    validators: validators['GET /api/v1/accounts/{accountId}/groups'],
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/groups',
    credentials: [["Authorization"]],
    answers: {"201":[{"name":"created","value":{"id":8200,"contacts":0,"createdAt":"2022-04-18T07:40:02.11Z","name":"customers","description":"Customers who opted in","isBlacklist":false}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}],"409":[{"name":"nameTaken","value":{"code":5003,"message":"A group with the same name already exists","errorId":"9d2e1c0b-8a7f-4e6d-b5c4-3a2b1c0d9e8f","timestamp":"2022-04-13T08:41:47.82Z"}}]},
    validators: validators['POST /api/v1/accounts/{accountId}/groups'],
    bodyRequired: true,
    store: {"resource":"Group","role":"create","status":201,"recordAt":""},
  },
  {
    method: 'GET',
    path: '/api/v1/accounts/{accountId}/groups/{groupId}',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"someGroup","value":{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}}],"404":[{"name":"groupNotFound","value":{"code":1300,"message":"Unable to find group with id 6776","errorId":"6c1d1f3e-2a4b-4f4e-8d55-3b0f6c2d9a10","timestamp":"2022-04-13T08:41:47.82Z"}}]},
    validators: validators['GET /api/v1/accounts/{accountId}/groups/{groupId}'],
    store: {"resource":"Group","role":"read","status":200,"id":{"in":"path","name":"groupId"},"recordAt":""},
  },
  {
    method: 'DELETE',
    path: '/api/v1/accounts/{accountId}/groups/{groupId}',
    credentials: [["Authorization"]],
    answers: {"204":[],"404":[{"name":"groupNotFound","value":{"code":1300,"message":"Unable to find a group with id 6812","errorId":"2f8d3c1a-7b6e-4c5d-9e0f-1a2b3c4d5e6f","timestamp":"2022-04-13T08:41:47.82Z"}},{"name":"invalidId","value":{"code":4018,"message":"Invalid jobId","errorId":"aa400d4b-fffe-ea11-8277-00155d4ff7ed","timestamp":"2020-09-25T07:18:22.78Z"}}]},
    validators: validators['DELETE /api/v1/accounts/{accountId}/groups/{groupId}'],
    store: {"resource":"Group","role":"delete","status":204,"id":{"in":"path","name":"groupId"}},
  },
  {
    method: 'PATCH',
    path: '/api/v1/accounts/{accountId}/groups/{groupId}',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"someGroup","value":{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}],"404":[{"name":"invalidId","value":{"code":4018,"message":"Invalid jobId","errorId":"aa400d4b-fffe-ea11-8277-00155d4ff7ed","timestamp":"2020-09-25T07:18:22.78Z"}}],"409":[{"name":"nameTaken","value":{"code":5003,"message":"A group with the same name already exists","errorId":"9d2e1c0b-8a7f-4e6d-b5c4-3a2b1c0d9e8f","timestamp":"2022-04-13T08:41:47.82Z"}}]},
    validators: validators['PATCH /api/v1/accounts/{accountId}/groups/{groupId}'],
    bodyRequired: true,
    store: {"resource":"Group","role":"patch","status":200,"id":{"in":"path","name":"groupId"},"recordAt":""},
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/groups/{groupId}/contacts',
    credentials: [["Authorization"]],
    answers: {"201":[{"name":"someGroup","value":{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}}],"404":[{"name":"invalidId","value":{"code":4018,"message":"Invalid jobId","errorId":"aa400d4b-fffe-ea11-8277-00155d4ff7ed","timestamp":"2020-09-25T07:18:22.78Z"}}]},
    validators: validators['POST /api/v1/accounts/{accountId}/groups/{groupId}/contacts'],
    bodyRequired: true,
  },
  {
    method: 'DELETE',
    path: '/api/v1/accounts/{accountId}/groups/{groupId}/contacts',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"someGroup","value":{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}}],"404":[{"name":"invalidId","value":{"code":4018,"message":"Invalid jobId","errorId":"aa400d4b-fffe-ea11-8277-00155d4ff7ed","timestamp":"2020-09-25T07:18:22.78Z"}}]},
    validators: validators['DELETE /api/v1/accounts/{accountId}/groups/{groupId}/contacts'],
    bodyRequired: true,
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/contacts/batches/createContacts',
    credentials: [["Authorization"]],
    answers: {"202":[{"name":"queued","value":{"id":"1d0f6b0e-7c7a-4f7e-9a55-0b6c1e2d3f40","type":"createContacts","status":"queued","createdAt":"2022-04-18T08:02:10.5Z","fileName":"1_Contacts.csv","fileType":"csv","fileLocation":"https://contacts.8x8.com/files/1_Contacts.csv"}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    validators: validators['POST /api/v1/accounts/{accountId}/contacts/batches/createContacts'],
    bodyRequired: true,
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/contacts/batches/deleteContacts',
    credentials: [["Authorization"]],
    answers: {"202":[{"name":"queued","value":{"id":"6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10","type":"deleteContacts","status":"queued","createdAt":"2022-04-18T08:11:42.3Z"}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    validators: validators['POST /api/v1/accounts/{accountId}/contacts/batches/deleteContacts'],
    bodyRequired: true,
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/groups/batches/copyContacts',
    credentials: [["Authorization"]],
    answers: {"202":[{"name":"queued","value":{"id":"6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10","type":"deleteContacts","status":"queued","createdAt":"2022-04-18T08:11:42.3Z"}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    queryTypes: {"from":"integer","to":"integer"},
    validators: validators['POST /api/v1/accounts/{accountId}/groups/batches/copyContacts'],
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/groups/batches/moveContacts',
    credentials: [["Authorization"]],
    answers: {"202":[{"name":"queued","value":{"id":"6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10","type":"deleteContacts","status":"queued","createdAt":"2022-04-18T08:11:42.3Z"}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    queryTypes: {"from":"integer","to":"integer"},
    validators: validators['POST /api/v1/accounts/{accountId}/groups/batches/moveContacts'],
  },
  {
    method: 'POST',
    path: '/api/v1/accounts/{accountId}/groups/batches/deleteGroups',
    credentials: [["Authorization"]],
    answers: {"202":[{"name":"queued","value":{"id":"6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10","type":"deleteContacts","status":"queued","createdAt":"2022-04-18T08:11:42.3Z"}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    validators: validators['POST /api/v1/accounts/{accountId}/groups/batches/deleteGroups'],
    bodyRequired: true,
  },
  {
    method: 'GET',
    path: '/api/v1/accounts/{accountId}/batches',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"threeJobs","value":{"items":[{"id":"1d0f6b0e-7c7a-4f7e-9a55-0b6c1e2d3f40","type":"createContacts","status":"completed","createdAt":"2022-04-18T08:02:10.5Z","fileName":"1_Contacts.csv","fileType":"csv","fileLocation":"https://contacts.8x8.com/files/1_Contacts.csv","invalidFileLocation":"https://contacts.8x8.com/files/1_Contacts_invalid.csv","totalRows":12,"errorRows":6,"duplicatedRows":5,"insertedRows":2,"contactGroups":0},{"id":"6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10","type":"deleteContacts","status":"completed","createdAt":"2022-04-18T08:11:42.3Z"},{"id":"0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d","type":"copyContacts","status":"inProgress","createdAt":"2022-04-18T08:20:00.0Z"}],"page":1,"totalPages":1,"totalCount":3,"totalFiltered":3,"hasPreviousPage":false,"hasNextPage":false}}],"400":[{"name":"invalidMsisdn","value":{"code":1002,"message":"Invalid MSISDN format (not E.164 international number)","errorId":"4a5ef4ed-5c0a-4e7a-9c6b-2f1b1f5f6a11","timestamp":"2020-09-25T07:18:22.78Z"}},{"name":"subAccount","value":{"code":1001,"message":"Provided subAccountId doesn't belongs to your account","errorId":"91b106f0-c0da-4aba-a43a-7af9c5893a80","timestamp":"2017-04-19T02:31:19.4297387+00:00"}}]},
    queryTypes: {"limit":"integer","offset":"integer"},
    validators: validators['GET /api/v1/accounts/{accountId}/batches'],
  },
  {
    method: 'GET',
    path: '/api/v1/accounts/{accountId}/batches/{batchId}',
    credentials: [["Authorization"]],
    answers: {"200":[{"name":"queued","value":{"id":"6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10","type":"deleteContacts","status":"queued","createdAt":"2022-04-18T08:11:42.3Z"}},{"name":"completed","value":{"id":"6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10","type":"deleteContacts","status":"completed","createdAt":"2022-04-18T08:11:42.3Z"}}],"404":[{"name":"invalidId","value":{"code":4018,"message":"Invalid jobId","errorId":"aa400d4b-fffe-ea11-8277-00155d4ff7ed","timestamp":"2020-09-25T07:18:22.78Z"}}]},
    validators: validators['GET /api/v1/accounts/{accountId}/batches/{batchId}'],
  },
];

const resources: MockResource[] = [{"name":"Contact","idKey":"id","assigned":["id","createdAt"],"examples":[{"id":41764539,"createdAt":"2022-04-18T07:15:21.7Z","firstName":"John","lastName":"Black","country":"US","groups":[],"addresses":{"msisdn":"6512345678"},"customAttributes":{}},{"id":41764986,"createdAt":"2022-04-18T07:39:55.52Z","firstName":"John","lastName":"Doe","externalId":"87668","country":"US","groups":[{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false}],"addresses":{"msisdn":"16511112222","email":"john.doe@example.com"},"customAttributes":{}},{"id":41702118,"createdAt":"2022-02-25T08:02:19.97Z","firstName":"John","lastName":"Black","externalId":"7688","country":"US","groups":[{"id":8039,"contacts":8022,"createdAt":"2022-02-21T04:12:05.13Z","name":"main_group","description":"Main group","isBlacklist":false}],"addresses":{"msisdn":"656554115887","facebookUserId":"2730012457047213"},"customAttributes":{"company":"My company","department":"Customer support"}}]},{"name":"Group","idKey":"id","assigned":["id","contacts","createdAt"],"examples":[{"id":8199,"contacts":1,"createdAt":"2022-04-13T08:41:47.82Z","name":"some group","description":"General","isBlacklist":false},{"id":8039,"contacts":8022,"createdAt":"2022-02-21T04:12:05.13Z","name":"main_group","description":"Main group","isBlacklist":false},{"id":8200,"contacts":0,"createdAt":"2022-04-18T07:40:02.11Z","name":"customers","description":"Customers who opted in","isBlacklist":false}]}];

/** The records of the mock, by resource: what `createMockData()` takes and `MockData` answers. */
export type MockRecords = {
  'Contact': NonNullable<components['schemas']['Contact']>;
  'Group': NonNullable<components['schemas']['Group']>;
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
 * Request handlers (msw 2) of every operation of the 8x8 CPaaS (Connect) Contacts API, served under
 * `baseUrl` (the spec's server, https://contacts.8x8.com, unless given): each answers its first documented example,
 * the documented 401 without the credentials it needs, and the documented 400 (or a 422 problem)
 * to a request the spec forbids, naming the field and the rule in `x-mock-violations`.
 * With `{ data: createMockData() }` they answer from records instead: what a test creates it reads back.
 * Needs `msw`, `openapi-msw` and `@contactkit/mock` in your devDependencies.
 */
export function handlers(baseUrl: string = 'https://contacts.8x8.com', options: Omit<MswOptions, 'data'> & { data?: MockData<MockRecords> } = {}): HttpHandler[] {
  return mswHandlers(baseUrl, operations, options as MswOptions);
}

/** msw's `http`, typed from this API's paths, for answers of your own: `server.use(typedHttp(baseUrl).get(path, resolver))`. */
export const typedHttp = (baseUrl: string = 'https://contacts.8x8.com') => createOpenApiHttp<paths>({ baseUrl });
