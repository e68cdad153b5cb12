import type { Reporter, TestModule } from 'vitest/node';

// Prints, after the run, how many tests passed and failed on each storage engine, and a plain closing line
// ("N passed, N failed") that CI logs are read for.

const ENGINES = ['grafeo', 'neo4j'] as const;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const perEngine = new Map<string, { passed: number; failed: number }>(
      ENGINES.map((engine) => [engine, { passed: 0, failed: 0 }]),
    );
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
        const engine = ENGINES.find((name) => test.fullName.includes(`on ${name}`));
        const counts = engine ? perEngine.get(engine) : undefined;
        if (counts && state === 'passed') counts.passed++;
        if (counts && state === 'failed') counts.failed++;
      }
    }
    const lines = ['', 'Integration suites by engine:'];
    for (const [engine, counts] of perEngine) {
      const ran = counts.passed + counts.failed > 0;
      lines.push(`  ${engine}: ${ran ? `${counts.passed} passed, ${counts.failed} failed` : 'not run'}`);
    }
    lines.push(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
    console.log(lines.join('\n'));
  }
}
