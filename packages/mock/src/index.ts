export { type Mock, type MockOptions, startPrismMock } from './prism.js';
export { type MockedApi, mockTable, serveMocks } from './serve.js';
