// One live status line for the whole panel, read out by screen readers (aria-live).
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { usePanelErrors } from './hooks/usePanelErrors.ts';

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

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const show = useCallback<Show>((text, tone = 'info', action) => setMessage((m) => ({ id: (m?.id ?? 0) + 1, text, tone, action })), []);
  usePanelErrors(show);
  return (
    <StatusContext.Provider value={show}>
      {children}
      <div className={`status status-${message?.tone ?? 'info'}`} role="status" aria-live="polite" data-message-id={message?.id ?? 0}>
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
