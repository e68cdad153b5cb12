import type { Reporter, SerializedError, TestModule } from 'vitest/node';

// Prints, after the run, how many tests passed and failed on each storage engine, and a plain closing line
// ("N passed, N failed") that CI logs are read for. A test file that fails to load, a suite whose hook fails and an
// error outside any test each count as one failed: none of them may pass as "0 failed".

const ENGINES = ['grafeo', 'neo4j'] as const;

type State = 'passed' | 'failed' | 'skipped' | 'pending' | 'queued';

/** The part of vitest's reported tasks the summary reads (TestModule and TestSuite have it). */
export interface ReportedGroup {
  state(): State | string;
  errors(): ReadonlyArray<unknown>;
  readonly children: {
    allTests(): Iterable<{ fullName: string; result(): { state: State | string } }>;
    allSuites(): Iterable<ReportedGroup & { fullName: string }>;
  };
}

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  perEngine: Map<string, { passed: number; failed: number }>;
  /** Files, suites and errors that failed outside any test. */
  brokenOutsideTests: string[];
}

function failedInside(group: ReportedGroup): boolean {
  for (const test of group.children.allTests()) if (test.result().state === 'failed') return true;
  return false;
}

/** Counts the tests of a run; a file or suite that failed with no failed test in it counts as one failure. */
export function summarise(
  modules: ReadonlyArray<ReportedGroup & { relativeModuleId?: string; moduleId: string }>,
  unhandledErrors: ReadonlyArray<unknown> = [],
): Summary {
  const summary: Summary = {
    passed: 0,
    failed: 0,
    skipped: 0,
    perEngine: new Map(ENGINES.map((engine) => [engine, { passed: 0, failed: 0 }])),
    brokenOutsideTests: [],
  };
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') summary.passed++;
      else if (state === 'failed') summary.failed++;
      else summary.skipped++;
      const engine = ENGINES.find((name) => test.fullName.includes(`on ${name}`));
      const counts = engine ? summary.perEngine.get(engine) : undefined;
      if (counts && state === 'passed') counts.passed++;
      if (counts && state === 'failed') counts.failed++;
    }
    const name = module.relativeModuleId ?? module.moduleId;
    const groups: [string, ReportedGroup][] = [
      [name, module],
      ...[...module.children.allSuites()].map((suite): [string, ReportedGroup] => [
        `${name} > ${suite.fullName}`,
        suite,
      ]),
    ];
    for (const [label, group] of groups) {
      if (group.errors().length > 0 && !failedInside(group)) {
        summary.failed++;
        summary.brokenOutsideTests.push(label);
      }
    }
  }
  for (const _error of unhandledErrors) {
    summary.failed++;
    summary.brokenOutsideTests.push('an error outside any test');
  }
  return summary;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    const summary = summarise(testModules as unknown as Parameters<typeof summarise>[0], unhandledErrors);
    const lines = ['', 'Integration suites by engine:'];
    for (const [engine, counts] of summary.perEngine) {
      const ran = counts.passed + counts.failed > 0;
      lines.push(`  ${engine}: ${ran ? `${counts.passed} passed, ${counts.failed} failed` : 'not run'}`);
    }
    for (const label of summary.brokenOutsideTests) lines.push(`  failed outside its tests: ${label}`);
    lines.push(
      `${summary.passed} passed, ${summary.failed} failed${summary.skipped > 0 ? `, ${summary.skipped} skipped` : ''}`,
    );
    console.log(lines.join('\n'));
  }
}
