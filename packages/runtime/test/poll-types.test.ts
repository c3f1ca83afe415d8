// Types of the poll entry: a start call's init is the operation's own,
// without `throwOnError`, and optional only when nothing in it is required;
// a started job carries the start answer's type, `wait()` the poll answer's,
// and the errors their job, status and ids. Checked by `tsc` (the package's
// typecheck); the runtime assertions keep vitest from reporting an empty file.
import { describe, expectTypeOf, it } from 'vitest';
import type { JobAnswerError, JobError, JobFailedError, JobInit, JobInitArgs, JobTimeoutError, StartedJob, WaitOptions } from '../src/poll.js';
import type { Paths } from './support/paths.js';

type Accepted = { id: string; status: 'queued' | 'inProgress' | 'completed' };
type Read = Accepted & { progress: number };
type Ids = { accountId: string; batchId: string };

describe('the init of a start call', () => {
  it('is required when the operation needs a body, and takes per-call options but not throwOnError', () => {
    expectTypeOf<JobInitArgs<Paths['/things'], 'post'>>().toEqualTypeOf<[init: JobInit<Paths['/things'], 'post'>]>();
    expectTypeOf<{ body: { name: string }; timeoutMs: number; signal: AbortSignal }>().toExtend<JobInit<Paths['/things'], 'post'>>();
    expectTypeOf<{ body: { name: number } }>().not.toExtend<JobInit<Paths['/things'], 'post'>>();
    expectTypeOf<JobInit<Paths['/things'], 'post'>>().not.toHaveProperty('throwOnError');
  });
});

describe('a started job', () => {
  it('holds the start answer\'s job and the poll\'s ids, and wait() gives the job as either answer has it', () => {
    expectTypeOf<StartedJob<Accepted, Read, Ids>['job']>().toEqualTypeOf<Accepted>();
    expectTypeOf<StartedJob<Accepted, Read, Ids>['ids']>().toEqualTypeOf<Ids>();
    expectTypeOf<ReturnType<StartedJob<Accepted, Read, Ids>['wait']>>().toEqualTypeOf<Promise<Accepted | Read>>();
  });

  it('tells onPoll of each poll answer, typed as the poll answer', () => {
    expectTypeOf<NonNullable<WaitOptions<Read>['onPoll']>>().parameter(0).toEqualTypeOf<Read>();
    expectTypeOf<StartedJob<Accepted, Read, Ids>['wait']>().parameter(0).toEqualTypeOf<WaitOptions<Read> | undefined>();
  });
});

describe('the job errors', () => {
  it('are JobErrors carrying the job, its ids and the start operation', () => {
    expectTypeOf<JobFailedError<Read>>().toExtend<JobError<Read>>();
    expectTypeOf<JobTimeoutError>().toExtend<JobError>();
    expectTypeOf<JobAnswerError>().toExtend<JobError>();
    expectTypeOf<JobError<Read>['job']>().toEqualTypeOf<Read | undefined>();
    expectTypeOf<JobError['ids']>().toEqualTypeOf<Readonly<Record<string, string>>>();
  });

  it('give the final status, the last one seen, or the one that came, as it is known', () => {
    expectTypeOf<JobFailedError['status']>().toEqualTypeOf<string>();
    expectTypeOf<JobTimeoutError['status']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<JobTimeoutError['timeoutMs']>().toEqualTypeOf<number>();
    expectTypeOf<JobAnswerError['status']>().toEqualTypeOf<unknown>();
  });
});
