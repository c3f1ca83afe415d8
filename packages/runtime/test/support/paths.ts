/** The API shape the runtime tests call: one GET and one POST, typed as openapi-typescript writes them. */
export interface Paths {
  '/things/{id}': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: { email?: string; phone?: string; n?: number }; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { 'application/json': { id: string } } };
        default: { headers: Record<string, unknown>; content: { 'application/json': { code?: number; message?: string; errorId?: string } } };
      };
    };
  };
  '/things': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: {
        201: { headers: Record<string, unknown>; content: { 'application/json': { id: string } } };
        default: { headers: Record<string, unknown>; content: { 'application/json': { message?: string } } };
      };
    };
  };
}
