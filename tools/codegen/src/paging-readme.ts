// The "Paging" section of a client's README, for APIs with paged operations:
// iterating every item, and resuming page by page after a failure.
import { type ClientFacts, tsLiteral } from './client-facts.ts';
import { type PagedOperation, type PaginateExtension, pagedExampleInit } from './paginate-entry.ts';

/** How an operation asks for its pages, when it stops, and what more there is to say of a page's `cursor`, in the README's words. */
function howItPages(extension: PaginateExtension): { asks: string; stops: string; cursorNote: string } {
  if (!('offsetParam' in extension)) {
    const { cursor, cursorParam, hasMore } = extension;
    return {
      asks: `sending the cursor at \`${cursor}\` back as \`${cursorParam}\`.`,
      stops: `It stops after the page whose ${hasMore ? `\`${hasMore}\` is false` : `\`${cursor}\` is empty`}, or after an empty page.`,
      cursorNote: '',
    };
  }
  const { offsetParam, offsetUnit, hasMore, total, page, totalPages, totals = [], limitParam } = extension;
  const reached = `the offset plus the page's items reaches \`${total}\`, the number of items in all pages`;
  const byTotals = total ? ` (or, when an answer leaves it out, once ${reached})` : page && totalPages ? ` (or, when an answer leaves it out, whose \`${page}\` is the last of \`${totalPages}\`)` : '';
  const watched = total ? [...totals, total] : totals;
  const changed = watched.length ? ` If ${watched.map((count) => `\`${count}\``).join(', ')} ${watched.length > 1 ? 'change' : 'changes'} between pages, the list changed while you paged: start over.` : '';
  return {
    asks: `sending the ${offsetUnit === 'page' ? '0-based index of the next page' : "offset of the next page's first item"} as \`${offsetParam}\`, with your page size${limitParam ? ` (\`${limitParam}\`)` : ''} unchanged.`,
    stops: `${hasMore ? `It stops after the page whose \`${hasMore}\` is false${byTotals}` : `It stops once ${reached}; an empty page before that is a \`PaginationError\``}.${changed}`,
    cursorNote: ': its offset, as a string',
  };
}

/** What the README says of the page size, for an operation that names its parameter. */
function pageSizeNote({ limitParam }: PaginateExtension): string {
  if (!limitParam) return '';
  return `Leave \`${limitParam}\` out for the server's default page size. A \`${limitParam}\` that is not a whole
number of 1 or more, such as \`${limitParam}: 0\` (every record in one answer), is
refused with a \`ConfigurationError\` before any request: page with a size of 1 or more.
`;
}

/** The section, with its examples on the first paged operation; empty for an API with none. */
export function pagingReadme(facts: ClientFacts, paged: PagedOperation[]): string {
  const [first] = paged;
  if (!first) return '';
  const { operation, extension } = first;
  const init = pagedExampleInit(first);
  const call = `paginate(client, ${tsLiteral(operation.method)}, ${tsLiteral(operation.path)}${Object.keys(init).length ? `, ${tsLiteral(init)}` : ''})`;
  const list = paged.map(({ operation: { method, path, operationId } }) => `\`${method} ${path}\` (\`${operationId}\`)`).join(', ');
  const { asks, stops, cursorNote } = howItPages(extension);
  return `
## Paging

${list} ${paged.length > 1 ? 'answer' : 'answers'} a page at a time.
\`paginate\`, from the \`paginate\` entry, asks for each page as you iterate,
${asks}
${stops}
${pageSizeNote(extension)}Nothing is asked before you iterate, and breaking out asks for nothing more.
Each page is one call of your client, so its retries, \`Retry-After\` and
throttle apply to every page.

\`\`\`ts
import { paginate, PaginationError } from '${facts.packageName}/paginate';
import { RequestError } from '${facts.packageName}';

const pages = ${call};
for await (const item of pages) console.log(item);
\`\`\`

\`byPage()\` gives whole pages, each with its \`items\` and the \`cursor\` of the
next${cursorNote}. Every error thrown while paging carries the \`cursor\` of the page it
stopped at: a \`RequestError\` as the client threw it (a \`RateLimitError\` once
its retries are spent, say), or a \`PaginationError\` for a page that breaks
the spec's paging contract. Pass it to \`byPage({ cursor })\` to go on from
there:

\`\`\`ts
try {
  for await (const page of pages.byPage()) console.log(page.items.length);
} catch (failure) {
  if (!(failure instanceof RequestError || failure instanceof PaginationError)) throw failure;
  // Later, e.g. once the rate limit allows: on from the page that failed.
  for await (const page of pages.byPage({ cursor: failure.cursor })) console.log(page.items.length);
}
\`\`\`
`;
}
