// Lints a client package's spec (strict: a warning fails) and checks that its
// `redocly score` reaches the API's minimum. Run from the package folder.
import { apiForPackage } from './apis.ts';
import { redocly } from './redocly.ts';

const api = apiForPackage(process.cwd());
if (!redocly(['lint', api.name], { echo: true }).ok) {
  console.error(`${api.name}: the spec breaks the lint rules above; fix them in specs/${api.name}/.`);
  process.exit(1);
}

const score = redocly(['score', api.name, '--format', 'json']);
const readiness = score.ok ? (JSON.parse(score.stdout) as { agentReadiness: number }).agentReadiness : Number.NaN;
if (!(readiness >= api.minScore)) {
  console.error(
    `${api.name}: redocly score is ${readiness}, below ${api.minScore}. Run \`pnpm exec redocly score ${api.name} --operation-details\` to see which descriptions, examples or constraints are missing.\n${score.stderr}`,
  );
  process.exit(1);
}
console.log(`${api.name}: redocly score ${readiness} (at least ${api.minScore}).`);
