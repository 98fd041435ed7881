// Runs before the panel's main script (index.html lists it first): starts reading the library's
// first screen while the browser is still evaluating React and Dexie (lib/db/firstScreen.ts).
import { startFirstScreenRead } from '../../lib/db/firstScreen.ts';

startFirstScreenRead();
