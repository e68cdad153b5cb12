import type { Driver } from 'neo4j-driver';

// The statements @neo4j/graphql sends, counted at the driver: it runs each in a transaction of a session it opens
// from the driver it was given (its Executor: executeRead, executeWrite, or an explicit transaction).

/**
 * `driver`, with `onStatement` called with the Cypher of every statement run through it, and with its time from
 * being sent to its last record received (the statement's own time, as our store's `onStatement` reports it).
 */
export function countingDriver(driver: Driver, onStatement: (cypher: string, ms: number) => void): Driver {
  const bound = <T extends object>(target: T, key: string | symbol) => {
    const value = Reflect.get(target, key);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const countingTransaction = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get: (target, key) =>
        key === 'run'
          ? (cypher: string, ...rest: unknown[]) => {
              const started = performance.now();
              const result = (target as unknown as { run(...args: unknown[]): PromiseLike<unknown> }).run(
                cypher,
                ...rest,
              );
              // A driver Result is a thenable that keeps its one promise: awaiting it here too does not re-run it.
              result.then(
                () => onStatement(cypher, performance.now() - started),
                () => onStatement(cypher, performance.now() - started),
              );
              return result;
            }
          : bound(target, key),
    });
  return new Proxy(driver, {
    get: (target, key) =>
      key === 'session'
        ? (...args: Parameters<Driver['session']>) =>
            new Proxy(target.session(...args), {
              get: (session, name) =>
                name === 'executeRead' || name === 'executeWrite' || name === 'beginTransaction'
                  ? name === 'beginTransaction'
                    ? (...rest: unknown[]) =>
                        countingTransaction((session.beginTransaction as (...a: unknown[]) => object)(...rest))
                    : (work: (tx: object) => unknown, config?: unknown) =>
                        (session[name] as (w: (tx: object) => unknown, c?: unknown) => unknown)(
                          (tx) => work(countingTransaction(tx)),
                          config,
                        )
                  : bound(session, name),
            })
        : bound(target, key),
  });
}
