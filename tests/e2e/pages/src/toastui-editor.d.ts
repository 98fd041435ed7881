// @toast-ui/editor's own types sit outside its package.json "exports", where TypeScript does not
// look: just what the harness page uses.
declare module '@toast-ui/editor' {
  export default class Editor {
    constructor(options: { el: HTMLElement; height?: string; initialEditType?: 'wysiwyg' | 'markdown'; hideModeSwitch?: boolean; usageStatistics?: boolean; initialValue?: string });
    getHTML(): string;
  }
}
