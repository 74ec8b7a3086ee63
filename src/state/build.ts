/**
 * Which build of the app is running (`vite.config.ts` defines it), or '' in development and
 * tests. Results kept between visits (`storage/derived-cache.ts`) are keyed by it, so a new
 * version's rules are never answered with what an older one worked out.
 */
declare const __SLANT_BUILD__: string | undefined;

export const BUILD =
  !import.meta.env.DEV && typeof __SLANT_BUILD__ === 'string' ? __SLANT_BUILD__ : '';
