import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

afterEach(cleanup);
// Each test is a fresh browser: tests that delete the database clear its localStorage too
// (Slant notes there that the browser had a library).
beforeEach(() => localStorage.clear());
// On a loaded two-core machine (several test runs at once) a view, or the library's first live
// query, can take more than Testing Library's default second to show: `findBy…` waits up to 10 s.
configure({ asyncUtilTimeout: 10_000 });
