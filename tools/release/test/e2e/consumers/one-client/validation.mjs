// A user's file with opt-in request validation: a request the spec forbids
// (country is two letters) must be refused before it is sent; a valid one
// must go through. Prints what happened to each as JSON.
import { createClient } from '@contactkit/8x8-connect-contacts';
import { requestValidation, ValidationError } from '@contactkit/8x8-connect-contacts/validation';

const client = createClient({ apiKey: 'e2e-key', baseUrl: process.env.BASE_URL });
client.use(requestValidation());
const create = (body) =>
  client.POST('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e' } }, body });

const outcome = {};
try {
  await create({ firstName: 'John', country: 'USA', addresses: { msisdn: '16511112222' } });
  outcome.invalid = 'sent';
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  outcome.invalid = { name: error.name, message: error.message, issues: error.issues };
}
const { error } = await create({ firstName: 'John', country: 'US', addresses: { msisdn: '16511112222' } });
outcome.valid = error ? { error } : 'sent';
console.log(JSON.stringify(outcome));
