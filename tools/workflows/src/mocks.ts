import { listApis } from '@contactkit/codegen';
import { type Mock, startPrismMock } from '@contactkit/mock';
import { openapiSources } from './arazzo.ts';

/** Prism mocks of every OpenAPI source of one Arazzo file. */
export interface WorkflowMocks {
  /** Mock base URL by source name, the shape `respect --server` takes. */
  servers: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Serves the hand-authored spec itself rather than the bundle, so that the
 * mock and respect read the same document and no generate step is needed.
 */
export async function startMocks(file: string): Promise<WorkflowMocks> {
  const apis = listApis();
  const started: Mock[] = [];
  const servers: Record<string, string> = {};
  const stop = async () => void (await Promise.all(started.map((server) => server.stop())));
  try {
    for (const source of openapiSources(file)) {
      if (!apis.some((api) => api.specPath === source.specPath)) {
        const known = apis.map((api) => api.specPath).join(', ');
        throw new Error(
          `${file}: source "${source.name}" points at ${source.specPath}, which is no API in redocly.yaml (known: ${known}). Point its url at the API's openapi.yaml.`,
        );
      }
      const server = await startPrismMock(source.specPath);
      started.push(server);
      servers[source.name] = server.url;
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { servers, stop };
}
