// A record taken from a pack follows it, so its views open it locked: the note says whose it is,
// and the writer unlocks it for this view with 仍然直接改 (the next pack version then asks before
// changing it). One place for the rule the report, problem-set and metric views share.
import { useState } from 'react';
import type { PackHeader } from '../../lib/domain/pack/header.ts';
import type { PackOrigin } from '../../lib/domain/schemas.ts';
import { useTakenPack } from './useLibrary.ts';

export interface PackLock {
  /** The pack as last taken (for the note); null without a header, undefined while read. */
  pack: PackHeader | null | undefined;
  /** True while the record follows a pack and the writer has not chosen to edit it anyway. */
  locked: boolean;
  editAnyway: () => void;
}

export function usePackLock(origin: PackOrigin | undefined): PackLock {
  const pack = useTakenPack(origin?.pack);
  const [anyway, setAnyway] = useState(false);
  return { pack, locked: origin !== undefined && !anyway, editAnyway: () => setAnyway(true) };
}
