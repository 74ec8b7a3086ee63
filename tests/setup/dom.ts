import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

afterEach(cleanup);
// Each test is a fresh browser: tests that delete the database clear its localStorage too
// (Slant notes there that the browser had a library).
beforeEach(() => localStorage.clear());
// Views load on first use (src/app/lazy-views.tsx): the first to open one transforms its modules,
// which can take seconds on a busy machine, so `findBy…` waits that long before failing.
configure({ asyncUtilTimeout: 10_000 });
