// Starts reading the library's first screen as the side panel's page begins to load: the panel's
// <head> runs this small classic script before its modules (lib/db/firstScreen.ts says why).
import { startFirstScreenRead } from '../lib/db/firstScreen.ts';

export default defineUnlistedScript(() => {
  startFirstScreenRead();
});
