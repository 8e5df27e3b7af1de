// @vitest-environment jsdom
import { act, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useNearViewport } from './near-viewport';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A stand-in IntersectionObserver: the test says when the element comes near. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { root: Element | null; rootMargin: string },
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  disconnect(): void {
    this.disconnected = true;
  }
}

function Probe({ already = false }: { already?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, already);
  return <div ref={ref} data-near={String(near)} />;
}

async function mount(node: React.ReactNode): Promise<HTMLElement> {
  const desk = document.createElement('main');
  desk.className = 'desk';
  document.body.append(desk);
  await act(() => createRoot(desk).render(node));
  return desk;
}

describe('useNearViewport', () => {
  afterEach(() => {
    delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
    FakeObserver.last = null;
    document.body.replaceChildren();
  });

  it('is false until the element comes near the scrolling desk, then true for good', async () => {
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeObserver;
    const desk = await mount(<Probe />);
    const probe = desk.querySelector('[data-near]')!;
    expect(probe.getAttribute('data-near')).toBe('false');
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual([probe]);
    expect(observer.options.root).toBe(desk);
    await act(() => observer.callback([{ isIntersecting: false }]));
    expect(probe.getAttribute('data-near')).toBe('false');
    await act(() => observer.callback([{ isIntersecting: true }]));
    expect(probe.getAttribute('data-near')).toBe('true');
    expect(observer.disconnected).toBe(true);
  });

  it('is true at once for what is already loaded, and where there is no IntersectionObserver', async () => {
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeObserver;
    const loaded = await mount(<Probe already />);
    expect(loaded.querySelector('[data-near]')!.getAttribute('data-near')).toBe('true');
    expect(FakeObserver.last).toBeNull();
    delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
    const plain = await mount(<Probe />);
    expect(plain.querySelector('[data-near]')!.getAttribute('data-near')).toBe('true');
  });
});
