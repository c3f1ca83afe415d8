/** One line of the index: an API's reference page and what its spec calls it. */
export interface IndexEntry {
  name: string;
  title: string;
  version: string;
}

// Titles come from hand-authored specs; escape them so a `<` or `&` reads as text.
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The HTML of docs/dist/index.html: one link per API, in `redocly.yaml` order. */
export function renderIndex(entries: IndexEntry[]): string {
  const items = entries
    .map(
      ({ name, title, version }) =>
        `    <li><a href="./${encodeURIComponent(name)}.html">${escapeHtml(title)}</a> <span class="version">v${escapeHtml(version)}</span> <code>${escapeHtml(name)}</code></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>contactkit API reference</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
    li { margin: 0.5rem 0; }
    .version, code { color: #666; }
  </style>
</head>
<body>
  <h1>contactkit API reference</h1>
  <p>One reference page per API, built from its OpenAPI document.</p>
  <ul>
${items}
  </ul>
</body>
</html>
`;
}
