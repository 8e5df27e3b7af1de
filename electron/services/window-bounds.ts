/**
 * Remembered window geometry, checked against today's displays: a window saved on a projector
 * or a second monitor that is no longer attached must not reopen off-screen.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const MIN_WINDOW = { width: 800, height: 560 } as const;
export const DEFAULT_WINDOW = { width: 1280, height: 860 } as const;

const int = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: int, y: int, width: int, height: int }),
  maximized: z.boolean(),
});

/** How much of the title strip must be on a display for the user to grab it. */
const GRAB = { width: 120, height: 32 } as const;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** The saved state if it is sane and its title strip is on one of `workAreas`, else null. */
export function restorableWindowState(saved: unknown, workAreas: readonly Rect[]): WindowState | null {
  const parsed = stateSchema.safeParse(saved);
  if (!parsed.success) return null;
  const { bounds, maximized } = parsed.data;
  if (bounds.width < MIN_WINDOW.width || bounds.height < MIN_WINDOW.height) return null;
  const visible = workAreas.some(
    (area) =>
      overlap(bounds.x, bounds.x + bounds.width, area.x, area.x + area.width) >= GRAB.width &&
      overlap(bounds.y, bounds.y + GRAB.height, area.y, area.y + area.height) >= GRAB.height,
  );
  return visible ? { bounds, maximized } : null;
}
