import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
const spec = JSON.parse(readFileSync('/tmp/ddc/openapi.json', 'utf8'));
console.log(astToString(await openapiTS(spec, { rootTypes: true, rootTypesNoSchemaPrefix: true })));
