/**
 * What a function returns. `ReturnType` gives `any` for a function that
 * takes `never` (as the entries of an API without such operations do), so
 * this reads it from a signature that takes anything.
 */
export type Returned<Function> = Function extends (...args: never[]) => infer Result ? Result : 'not a function';
