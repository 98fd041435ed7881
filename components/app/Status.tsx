// One live status line for the whole panel, read out by screen readers (aria-live).
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { usePanelErrors } from '../hooks/usePanelErrors.ts';

type Tone = 'info' | 'success' | 'warning' | 'error';
/** An optional button beside the message, such as 撤销 after a deletion. */
interface StatusAction {
  label: string;
  run: () => void;
}
interface StatusMessage {
  /** Each message is new, even with the same text, so it is announced again. */
  id: number;
  text: string;
  tone: Tone;
  action?: StatusAction;
}

type Show = (text: string, tone?: Tone, action?: StatusAction) => void;
const StatusContext = createContext<Show>(() => undefined);

/**
 * `scope` names what the user is looking at (the view): a message belongs to the view it was said
 * in, and is gone once the user moves to another, where it would be stale and misleading — unless
 * it offers something still to be done, such as 撤销.
 */
export function StatusProvider({ scope = '', children }: { scope?: string; children: ReactNode }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [shownIn, setShownIn] = useState(scope);
  if (shownIn !== scope) {
    setShownIn(scope);
    // What can still be undone stays: the 撤销 of an import or a restore holds in every view.
    if (!message?.action) setMessage(null);
  }
  // Numbered for the page's life, not per message: a message after a cleared one is new too.
  const count = useRef(0);
  const show = useCallback<Show>((text, tone = 'info', action) => setMessage({ id: ++count.current, text, tone, action }), []);
  usePanelErrors(show);
  return (
    <StatusContext.Provider value={show}>
      {children}
      <div className={`status status-${message?.tone ?? 'info'}`} role="status" aria-live="polite" data-message-id={message?.id ?? `cleared-${count.current}`}>
        {message?.text}
        {message?.action && (
          <button
            className="link"
            onClick={() => {
              message.action?.run();
              setMessage(null);
            }}
          >
            {message.action.label}
          </button>
        )}
      </div>
    </StatusContext.Provider>
  );
}

export const useStatus = () => useContext(StatusContext);
