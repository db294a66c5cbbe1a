/** The prefix of every localStorage key this site writes (kept in its own module so small pages import little). */
export const STORAGE_PREFIX = 'real-networking:';
