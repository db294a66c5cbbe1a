/**
 * Set-up for every vitest file. Testing Library waits up to a second by default for what it looks for; a busy
 * machine can take longer than that to render, so tests wait as long as they need (the test's own limit still holds).
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 20_000 });
