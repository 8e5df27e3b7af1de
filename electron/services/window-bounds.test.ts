import { describe, expect, it } from 'vitest';
import { restorableWindowState } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restorableWindowState', () => {
  it('restores a window that is on a display', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true };
    expect(restorableWindowState(saved, [laptop])).toEqual(saved);
    expect(restorableWindowState({ bounds: { x: 2000, y: 100, width: 1200, height: 800 }, maximized: false }, [laptop, right])).not.toBeNull();
  });

  it('forgets a window left on a display that is gone, or with its title bar out of reach', () => {
    expect(restorableWindowState({ bounds: { x: 2000, y: 100, width: 1200, height: 800 }, maximized: false }, [laptop])).toBeNull();
    expect(restorableWindowState({ bounds: { x: 1850, y: 100, width: 1200, height: 800 }, maximized: false }, [laptop])).toBeNull();
    expect(restorableWindowState({ bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }, [laptop])).toBeNull();
  });

  it('ignores damaged or tiny saved state', () => {
    for (const saved of [null, {}, 'x', { bounds: { x: 0, y: 0, width: 'big', height: 800 }, maximized: false }, { bounds: { x: 0, y: 0, width: 100, height: 80 }, maximized: false }]) {
      expect(restorableWindowState(saved, [laptop])).toBeNull();
    }
  });
});
