/* global chrome -- an extension service worker */
// The toolbar button opens this extension's side panel, as Report Drafter's does.
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
