// The floor for the content-script benchmark: a content script that does nothing.
