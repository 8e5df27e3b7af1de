// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

type Bridge = NonNullable<Window['pressdesk']>;

afterEach(() => {
  delete (window as { pressdesk?: Bridge }).pressdesk;
  delete window.pressdeskShellCalls;
  vi.resetModules();
});

describe('early calls', () => {
  it('answers a shell call that threw as desktop.ts answers a bridge that threw: an internal error', async () => {
    const getStartup = vi.fn(() => Promise.reject(new Error('bridge gone')));
    const newReleaseKind = vi.fn(() => Promise.reject(new Error('bridge gone')));
    (window as { pressdesk?: Bridge }).pressdesk = { getStartup, newReleaseKind } as unknown as Bridge;
    window.pressdeskShellCalls = { startup: getStartup(), fresh: newReleaseKind() } as unknown as NonNullable<Window['pressdeskShellCalls']>;
    const { earlyCalls } = await import('./early-calls');
    const { desktop } = await import('../desktop');
    const expected = { ok: false, error: { code: 'internal', params: { detail: 'bridge gone' } } };
    expect(await earlyCalls?.startup).toEqual(expected);
    expect(await earlyCalls?.fresh).toEqual(expected);
    // The shell's calls are reused, not made again; the module's own call maps the same way.
    expect(getStartup).toHaveBeenCalledTimes(1);
    expect(await desktop.getStartup({})).toEqual(expected);
  });

  it('makes the calls itself when the shell made none', async () => {
    const startup = { ok: true, value: 'startup' };
    const getStartup = vi.fn(() => Promise.resolve(startup));
    const newReleaseKind = vi.fn(() => Promise.reject('not an Error'));
    (window as { pressdesk?: Bridge }).pressdesk = { getStartup, newReleaseKind } as unknown as Bridge;
    const { earlyCalls } = await import('./early-calls');
    expect(await earlyCalls?.startup).toBe(startup);
    expect(await earlyCalls?.fresh).toEqual({ ok: false, error: { code: 'internal', params: { detail: 'not an Error' } } });
    expect(newReleaseKind).toHaveBeenCalledWith({ kind: 'news' });
  });
});
