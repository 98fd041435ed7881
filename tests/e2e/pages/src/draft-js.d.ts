// draft-js ships no types and @types/draft-js is not installed: just what the harness page uses.
declare module 'draft-js' {
  import type { ComponentType } from 'react';
  export interface ContentBlock {
    getText(): string;
  }
  export interface ContentState {
    getBlocksAsArray(): ContentBlock[];
  }
  export const ContentState: { createFromText(text: string): ContentState };
  export interface EditorState {
    getCurrentContent(): ContentState;
  }
  export const EditorState: { createWithContent(content: ContentState): EditorState };
  export const Editor: ComponentType<{ editorState: EditorState; onChange(state: EditorState): void }>;
}
