/**
 * Whether an element is on screen or within about a screen of it — true from then on. A figure
 * fetches and decodes its photo only then: opening a release with 30 photos fetched all 30 (each
 * a base64 string through the bridge, decoded on the window's thread) before the officer could
 * type. Where there is no IntersectionObserver (tests), everything counts as near.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How far outside the visible area an element already counts as near (the next scroll's worth). */
const AHEAD = '1200px 0px';

/**
 * `scrollRoot`: a selector for the ancestor that scrolls (the desk, sheet.css), else the page. By
 * name, not by asking each ancestor's computed style: that forced a layout per figure while the
 * editor was still being built (180 ms for 30 figures).
 */
export function useNearViewport(ref: RefObject<Element | null>, already = false, scrollRoot = '.desk'): boolean {
  const [near, setNear] = useState(() => already || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { root: element.closest(scrollRoot), rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, scrollRoot]);
  return near;
}
