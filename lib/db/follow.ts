// A value of the database, followed live: read now and again after every write that could change
// it (Dexie's liveQuery), in this page or another of the extension's. Returns the stop function.
import { liveQuery } from 'dexie';

export function followQuery<T>(read: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void = (error) => console.error(error)): () => void {
  const subscription = liveQuery(read).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
