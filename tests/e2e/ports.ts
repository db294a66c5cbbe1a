/**
 * The ports the end-to-end tests use. E2E_PORT moves them all, so that two copies of the project can run their
 * tests side by side: the root build, the /course/ build, the coach's copy served with its `_headers`, and the
 * hosts that the offline tests start and stop themselves.
 */
const first = Number(process.env.E2E_PORT ?? 4391);

export const e2ePorts = {
  root: first,
  subPath: first + 1,
  hosted: first + 2,
  offlineRoot: first + 3,
  offlineSubPath: first + 4,
  update: first + 5,
} as const;
