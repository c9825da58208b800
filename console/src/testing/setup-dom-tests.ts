import { configure } from '@testing-library/react';

/**
 * Testing Library waits 1 s by default for `findBy…` and `waitFor`. The whole suite runs every
 * project at once on two cores, where a screen that reaches its state in 1.2 s is slow, not
 * wrong: wait up to 5 s. A state that never comes still fails, only later.
 */
configure({ asyncUtilTimeout: 5_000 });
