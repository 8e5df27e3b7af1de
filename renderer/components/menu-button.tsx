/**
 * A button that opens a small menu (New ▸ kind, Recent files): ARIA menu-button pattern —
 * arrow keys move, Escape closes and returns focus, clicking elsewhere closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  title?: string;
}

interface MenuButtonProps {
  label: string;
  menuLabel: string;
  items: MenuItem[];
  /** Shown as a disabled item when there are no items (a menu must not be empty). */
  emptyLabel?: string;
  className?: string;
}

export function MenuButton({ label, menuLabel, items, emptyLabel, className }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const menuItems = (): HTMLElement[] => [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return undefined;
    menuItems()[0]?.focus();
    const onPointer = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>): void => {
    const all = menuItems();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number): void => {
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') setOpen(false);
  };

  return (
    <div
      ref={root}
      className={className === undefined ? 'menu-root' : `menu-root ${className}`}
      onBlur={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul role="menu" id={menuId} aria-label={menuLabel} className="menu" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li role="none" key={item.key}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                title={item.title}
                onClick={() => {
                  close(false);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
          {items.length === 0 && emptyLabel !== undefined && (
            <li role="none">
              <button type="button" role="menuitem" tabIndex={-1} aria-disabled="true" className="menu-empty">
                {emptyLabel}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
