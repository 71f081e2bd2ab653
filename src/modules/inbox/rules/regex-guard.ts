import vm from 'node:vm';

/**
 * Runs a user-written regular expression with a time limit. V8 has no regex timeout, and refusing
 * nested quantifiers at save time does not catch every slow pattern (`\d+\d+\d+x` on 500 digits takes
 * seconds: polynomial backtracking). Running the test inside a `vm` script with `timeout` lets V8
 * interrupt the backtracking; a pattern that runs out of time simply does not match. One shared
 * context keeps the cost near a tenth of a millisecond per test.
 */

export const PATTERN_TIMEOUT_MS = 50;

const context = vm.createContext({ re: null as RegExp | null, text: '' });
const script = new vm.Script('re.test(text)');

/** Whether `re` matches `text`; false when the test takes longer than `timeoutMs`. */
export function testWithin(re: RegExp, text: string, timeoutMs = PATTERN_TIMEOUT_MS): boolean {
  context.re = re;
  context.text = text;
  try {
    return script.runInContext(context, { timeout: timeoutMs }) === true;
  } catch {
    return false;
  } finally {
    context.re = null;
    context.text = '';
  }
}
