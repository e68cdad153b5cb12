import { describe, expect, it } from 'vitest';
import { type ReportedGroup, summarise } from './summary-reporter.js';

// The closing line CI reads: a test file that fails to load, or a suite whose beforeAll fails, must not read as
// "0 failed". Reported tasks are built here in the shape vitest hands the reporter.

type Test = { fullName: string; result(): { state: string } };
type Suite = ReportedGroup & { fullName: string };

const test = (fullName: string, state: string): Test => ({ fullName, result: () => ({ state }) });
const group = (tests: Test[], errors: unknown[] = [], suites: Suite[] = []) => ({
  state: () => (errors.length > 0 || tests.some((t) => t.result().state === 'failed') ? 'failed' : 'passed'),
  errors: () => errors,
  children: {
    allTests: () => [...tests, ...suites.flatMap((s) => [...s.children.allTests()])],
    allSuites: () => suites,
  },
});
const suite = (fullName: string, tests: Test[], errors: unknown[] = []): Suite => ({
  fullName,
  ...group(tests, errors),
});
const module = (moduleId: string, tests: Test[], errors: unknown[] = [], suites: Suite[] = []) => ({
  moduleId,
  ...group(tests, errors, suites),
});

describe('the summary line', () => {
  it('counts passed, failed and skipped tests, and each engine apart', () => {
    const summary = summarise([
      module('api.test.ts', [
        test('GraphQL API on grafeo > search', 'passed'),
        test('GraphQL API on neo4j > search', 'failed'),
        test('unit', 'skipped'),
      ]),
    ]);
    expect([summary.passed, summary.failed, summary.skipped]).toEqual([1, 1, 1]);
    expect(summary.perEngine.get('grafeo')).toEqual({ passed: 1, failed: 0 });
    expect(summary.perEngine.get('neo4j')).toEqual({ passed: 0, failed: 1 });
    expect(summary.brokenOutsideTests).toEqual([]);
  });

  it('counts a file that fails to load as failed, though it ran no test', () => {
    const summary = summarise([module('broken.test.ts', [], [new Error('Cannot find module')])]);
    expect([summary.passed, summary.failed]).toEqual([0, 1]);
    expect(summary.brokenOutsideTests).toEqual(['broken.test.ts']);
  });

  it('counts a suite whose hook failed once, and a failed test not twice', () => {
    const hook = suite('Reports on neo4j', [test('Reports on neo4j > totals', 'skipped')], [new Error('no server')]);
    const failing = suite('Reports on grafeo', [test('Reports on grafeo > totals', 'failed')], [new Error('x')]);
    const summary = summarise([module('reports.test.ts', [], [], [hook, failing])]);
    expect([summary.passed, summary.failed, summary.skipped]).toEqual([0, 2, 1]);
    expect(summary.brokenOutsideTests).toEqual(['reports.test.ts > Reports on neo4j']);
  });

  it('counts each error outside any test as failed', () => {
    const summary = summarise([module('ok.test.ts', [test('fine', 'passed')])], [new Error('unhandled')]);
    expect([summary.passed, summary.failed]).toEqual([1, 1]);
  });
});
