import type {} from 'vitest';
export { type AnsweringServer, answeringServer } from './answering-server.ts';
export { type Violation, violationsOf } from './violations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock of the package under test (see vitest-global-setup.ts). */
    mockUrl: string;
  }
}
