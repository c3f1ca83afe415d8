// The "Jobs" section of a client's README, for APIs with operations that
// start a job: starting one and waiting for it, the errors that end the
// wait, and waiting again later from the job's stored ids.
import { type ClientFacts, tsLiteral } from './client-facts.ts';
import type { PolledOperation } from './poll-entry.ts';

/** The section, its examples on the first operation with examples to call it with; empty for an API with none. */
export function jobsReadme(facts: ClientFacts, polled: PolledOperation[]): string {
  if (!polled.length) return '';
  const example = polled.find(({ exampleInit }) => exampleInit) ?? polled[0]!;
  const { operation, poll, extension } = example;
  const init = example.exampleInit && Object.keys(example.exampleInit).length ? `, ${tsLiteral(example.exampleInit)}` : '';
  const list = polled.map(({ operation: { method, path, operationId } }) => `- \`${method} ${path}\` (\`${operationId}\`)`).join('\n');
  const states = (list: string[]) => list.map((status) => `\`${status}\``).join(', ') || 'none';
  return `
## Jobs

These operations answer at once with a job that runs on the server:

${list}

\`startJob\`, from the \`poll\` entry, starts one and gives the job it answered
with and \`wait()\`, which reads the job with \`${poll.operationId}\`
(\`GET ${poll.path}\`) until its status at \`${extension.status}\` is final:
it resolves on ${states(extension.succeeded)}, and throws a \`JobFailedError\` on
${states(extension.failed)}. ${states(extension.pending)} mean it is still running;
any other status throws a \`JobAnswerError\`, never read as still running.
Between polls it backs off from \`intervalMs\` (1 s) to \`maxIntervalMs\` (30 s),
or waits as an answer's \`Retry-After\` asks. Each request is one call of your
client, so its retries, \`Retry-After\` and throttle apply.

\`\`\`ts
import { JobFailedError, JobTimeoutError, startJob, waitForJob } from '${facts.packageName}/poll';

const started = await startJob(client, ${tsLiteral(operation.method)}, ${tsLiteral(operation.path)}${init});
try {
  const done = await started.wait({ timeoutMs: 10 * 60_000 });
  console.log(done);
} catch (failure) {
  if (failure instanceof JobFailedError) console.error('the job ended', failure.status, failure.job);
  else if (failure instanceof JobTimeoutError) console.error('still', failure.status, 'after', failure.timeoutMs, 'ms');
  else throw failure;
}
\`\`\`

Waiting stops at \`timeoutMs\` (10 minutes unless you say; \`0\` for no limit),
or sooner when the next poll would come after it, with a \`JobTimeoutError\`
carrying the last status; \`signal\` stops it at once with an \`AbortError\`.
Neither stops the job on the server. Its \`ids\`, on \`started\` and on every
job error, are plain strings: store them to wait for it again later, from
another process even:

\`\`\`ts
const { ids } = started;
const done = await waitForJob(client, ${tsLiteral(operation.method)}, ${tsLiteral(operation.path)}, ids, { timeoutMs: 0, onPoll: (job) => console.log(job) });
\`\`\`
`;
}
