// The second floor for the content-script benchmark: runs after floor.js in the same isolated
// world and only reads chrome.runtime.id, which sets up the extension API bindings in that world.
/* global chrome */
globalThis.__benchFloorRuntimeId = chrome.runtime.id;
