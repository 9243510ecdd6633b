// A modal dialog: labelled, focus moves in on open and returns on close, Tab stays inside, Escape cancels.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

interface ModalProps {
  title: string;
  description?: ReactNode;
  onCancel: () => void;
  children: ReactNode;
  actions: ReactNode;
  role?: 'dialog' | 'alertdialog';
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select, textarea, [href], [tabindex]:not([tabindex="-1"])';

export function Modal({ title, description, onCancel, children, actions, role = 'dialog' }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first =
      ref.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Tab' && ref.current) {
      const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };
  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className="modal"
        role={role}
        aria-modal="true"
        aria-labelledby="modal-title"
        aria-describedby={description ? 'modal-description' : undefined}
        onKeyDown={onKeyDown}
      >
        <h2 id="modal-title" className="modal-title">
          {title}
        </h2>
        {description && (
          <div id="modal-description" className="modal-description">
            {description}
          </div>
        )}
        {children}
        <div className="modal-actions">{actions}</div>
      </div>
    </div>
  );
}
