// The few Node APIs the unit tests use (node --test runs the bundled *.test.ts files),
// declared here so that the web code's type check needs no @types/node.
declare module 'node:test' {
  type Fn = () => void | Promise<void>;
  export function test(name: string, fn: Fn): void;
  export function describe(name: string, fn: Fn): void;
}
declare module 'node:assert/strict' {
  const assert: {
    equal(actual: unknown, expected: unknown, message?: string): void;
    notEqual(actual: unknown, expected: unknown, message?: string): void;
    deepEqual(actual: unknown, expected: unknown, message?: string): void;
    ok(value: unknown, message?: string): asserts value;
    throws(fn: () => unknown, expected?: unknown): void;
    rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: unknown): Promise<void>;
    match(value: string, pattern: RegExp): void;
  };
  export default assert;
}
declare module 'fake-indexeddb/auto' {}
declare module '*.css' {}
