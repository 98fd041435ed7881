// Above the views, after the first paint: when the office's drive (单位共享) holds something newer
// than this computer took in, one quiet line says so, with the way to 备份. One conditional GET per
// opening of the panel, and none at all unless a drive is set up (useTeam.ts, newOnDrive).
import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { newOnDrive } from '../hooks/useTeam.ts';
import './team.css';

export function TeamUpdateLine({ onOpen }: { onOpen: () => void }) {
  const [fresh, setFresh] = useState(false);
  useEffect(() => {
    let live = true;
    void newOnDrive().then((is) => live && setFresh(is));
    return () => {
      live = false;
    };
  }, []);
  if (!fresh) return null;
  return (
    <p className="team-update">
      {i18n.t('team.updateLine')}{' '}
      <button
        className="link"
        onClick={() => {
          setFresh(false);
          onOpen();
        }}
      >
        {i18n.t('team.goToBackup')}
      </button>
    </p>
  );
}
