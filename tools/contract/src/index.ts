export { type Constraint, constraintsOf, operationConstraints, REMOVE, type Side, UNSUPPORTED } from './constraints.ts';
export { breaking, fetchArgs, type RequestParts, validRequest } from './request.ts';
export { listOperations, type OpenApiDocument, type Operation } from '@contactkit/codegen/spec';
export { type ContractOptions, contractSuite } from './suite.ts';
export type { AnyClient, ClientFactory } from './operation-tests.ts';
export { type AnswerExample, answerExamples, type RequestExample, requestExamples, unusedExamples } from './examples.ts';
export { type AnswerValidators, answerExamplesSuite, requestExamplesSuite } from './examples-suite.ts';
export { asFormParts } from './form.ts';
