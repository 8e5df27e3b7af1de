/**
 * The renderer's Content-Security-Policy, in one place so the Electron window (response header),
 * the browser host and renderer/index.html (meta tag) all send the same policy.
 * No 'unsafe-inline', no 'unsafe-eval', no remote origins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The spell-check worker (renderer/spell/spell-worker.ts) is a file of our own; it fetches its dictionaries under connect-src.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Development only (electron-vite dev server): React refresh injects an inline script and Vite
 * injects styles at run time, and HMR talks over a websocket. Never used for built files.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
)
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
