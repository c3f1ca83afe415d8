// API reports: one Markdown file per entry point of a published package, the
// public TypeScript surface as API Extractor sees it in dist/*.d.ts. Committed,
// so a pull request shows every change to what users can import.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import type { PublishedPackage } from './workspace.ts';

/** The folder of a package that holds its committed reports. */
export const reportFolder = (pkg: PublishedPackage) => join(pkg.dir, 'api');

interface EntryPoint {
  /** Report file name, e.g. `runtime.api.md` or `runtime-mock.api.md`. */
  file: string;
  /** Absolute path of the entry point's declarations. */
  types: string;
}

/** Each `exports` entry with a `types` condition: `.` and the subpaths such as `./mock`. */
export function entryPoints(pkg: PublishedPackage): EntryPoint[] {
  const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const base = pkg.name.replace(/^@[^/]+\//, '');
  return Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) => {
    const types = typeof target === 'object' && target && 'types' in target ? (target as { types: string }).types : undefined;
    if (!types) return [];
    const suffix = subpath === '.' ? '' : `-${subpath.replace(/^\.\//, '').replace(/\//g, '-')}`;
    return [{ file: `${base}${suffix}.api.md`, types: join(pkg.dir, types) }];
  });
}

// Release tags (@public, @beta) and TSDoc syntax are not used in this
// repository, and an undocumented member (an error class's `name`) is marked
// in the report anyway: their messages would only add noise. Other warnings,
// such as a type used but not exported, are written into the report itself,
// where a reviewer sees them; only errors fail the run.
const QUIET = { logLevel: ExtractorLogLevel.None, addToApiReportFile: false };
const IN_REPORT = { logLevel: ExtractorLogLevel.None, addToApiReportFile: true };

function configFor(pkg: PublishedPackage, entry: EntryPoint, outDir: string): ExtractorConfig {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: pkg.dir,
      mainEntryPointFilePath: entry.types,
      compiler: { overrideTsconfig: { compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true } } },
      apiReport: { enabled: true, reportFolder: outDir, reportTempFolder: join(outDir, 'temp'), reportFileName: entry.file },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        extractorMessageReporting: { 'ae-missing-release-tag': QUIET, 'ae-undocumented': QUIET, default: IN_REPORT },
        tsdocMessageReporting: { default: QUIET },
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(pkg.dir, 'package.json'),
  });
}

function extract(pkg: PublishedPackage, entry: EntryPoint, config: ExtractorConfig, compilerState: CompilerState): string[] {
  const problems: string[] = [];
  const result = Extractor.invoke(config, {
    localBuild: true,
    compilerState,
    messageCallback: (message) => {
      if (message.logLevel === ExtractorLogLevel.Error) {
        problems.push(`${pkg.name} ${entry.file}: ${message.formatMessageWithLocation(pkg.dir)}`);
      }
      message.handled = true;
    },
  });
  if (!result.succeeded && problems.length === 0) problems.push(`${pkg.name} ${entry.file}: API Extractor failed`);
  return problems;
}

/** Writes the package's reports into `outDir`; returns API Extractor's errors. */
export function writeReports(pkg: PublishedPackage, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const entries = entryPoints(pkg).map((entry) => ({ entry, config: configFor(pkg, entry, outDir) }));
  if (!entries.length) return [];
  // One TypeScript program for all of a package's entry points: building one per entry took seconds each.
  const compilerState = CompilerState.create(entries[0]!.config, { additionalEntryPoints: entries.map(({ entry }) => entry.types) });
  const problems = entries.flatMap(({ entry, config }) => extract(pkg, entry, config, compilerState));
  rmSync(join(outDir, 'temp'), { recursive: true, force: true });
  return problems;
}

/** A report that differs from, or is missing in, the committed ones; or a committed one no entry point writes. */
export interface StaleReport {
  file: string;
  reason: 'changed' | 'missing' | 'orphaned';
}

/** Regenerates the package's reports in a temporary folder and compares them with the committed ones. */
export function staleReports(pkg: PublishedPackage): { stale: StaleReport[]; problems: string[] } {
  const fresh = mkdtempSync(join(tmpdir(), 'contactkit-api-'));
  try {
    const problems = writeReports(pkg, fresh);
    const committed = reportFolder(pkg);
    const freshFiles = readdirSync(fresh).filter((file) => file.endsWith('.api.md'));
    const committedFiles = existsSync(committed) ? readdirSync(committed).filter((file) => file.endsWith('.api.md')) : [];
    const stale: StaleReport[] = [
      ...freshFiles.flatMap((file): StaleReport[] => {
        if (!committedFiles.includes(file)) return [{ file, reason: 'missing' }];
        const same = readFileSync(join(fresh, file), 'utf8') === readFileSync(join(committed, file), 'utf8');
        return same ? [] : [{ file, reason: 'changed' }];
      }),
      ...committedFiles.filter((file) => !freshFiles.includes(file)).map((file): StaleReport => ({ file, reason: 'orphaned' })),
    ];
    return { stale, problems };
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

/** Replaces the package's committed reports with freshly generated ones. */
export function updateReports(pkg: PublishedPackage): string[] {
  const fresh = mkdtempSync(join(tmpdir(), 'contactkit-api-'));
  try {
    const problems = writeReports(pkg, fresh);
    const committed = reportFolder(pkg);
    rmSync(committed, { recursive: true, force: true });
    mkdirSync(committed, { recursive: true });
    for (const file of readdirSync(fresh).filter((name) => name.endsWith('.api.md'))) copyFileSync(join(fresh, file), join(committed, file));
    return problems;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
