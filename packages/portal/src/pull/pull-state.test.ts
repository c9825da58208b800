import { describe, expect, it } from 'vitest';
import { PullError, pullProblemText } from './pull-problem';
import { createPullState, parsePullState } from './pull-state';

describe('parsePullState', () => {
  it('reads a saved state back, older states without the new fields included', () => {
    const state = createPullState('https://tthc.tinh.gov.vn/ds', false, 'T0');
    expect(parsePullState(JSON.stringify(state), 'x/pull-state.json')).toEqual(state);
  });

  it.each([
    ['{"format":"niemyet.pull",', 'not JSON'],
    ['{"format":"niemyet.pull","version":1}', 'startUrl'],
    ['[]', 'expected object'],
  ])('names the file and the way out for %j', (text, detail) => {
    let caught: unknown;
    try {
      parsePullState(text, 'out/pull-state.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PullError);
    const problem = (caught as PullError).problem;
    expect(problem).toMatchObject({ code: 'pull.state-corrupt', params: { path: 'out/pull-state.json' } });
    expect(String(problem.params.detail)).toContain(detail);
    const { vi, en } = pullProblemText(problem);
    expect(vi).toContain('out/pull-state.json');
    expect(vi).toContain('--restart');
    expect(en).toContain('delete it or run with --restart');
  });
});
