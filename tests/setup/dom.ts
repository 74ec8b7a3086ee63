import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

afterEach(cleanup);
// Each test is a fresh browser: tests that delete the database clear its localStorage too
// (Slant notes there that the browser had a library).
beforeEach(() => localStorage.clear());
