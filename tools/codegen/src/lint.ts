// Lints a client package's spec (strict: a warning fails) and checks that its
// `redocly score` reaches the floor every API is held to. Run from the package folder.
import { apiForPackage, MIN_SCORE } from './apis.ts';
import { redocly } from './redocly.ts';

const api = apiForPackage(process.cwd());
if (!redocly(['lint', api.name], { echo: true }).ok) {
  console.error(`${api.name}: the spec breaks the lint rules above; fix them in specs/${api.name}/.`);
  process.exit(1);
}

const score = redocly(['score', api.name, '--format', 'json']);
const readiness = score.ok ? (JSON.parse(score.stdout) as { agentReadiness: number }).agentReadiness : Number.NaN;
if (!(readiness >= MIN_SCORE)) {
  console.error(
    `${api.name}: redocly score is ${readiness}, below ${MIN_SCORE}. Run \`pnpm exec redocly score ${api.name} --operation-details\` to see which descriptions, examples or constraints are missing.\n${score.stderr}`,
  );
  process.exit(1);
}
console.log(`${api.name}: redocly score ${readiness} (at least ${MIN_SCORE}).`);
