// The insert benchmark's web page: records (as an absolute time, comparable with the panel's
// clock) when the inserted text's end marker appears in the contenteditable, and offers the
// floors: a bare setRangeText into a textarea and a bare execCommand('insertHTML').
/* global document, window, performance, MutationObserver, Event */
(() => {
  const editor = document.getElementById('editor');
  const now = () => performance.timeOrigin + performance.now();
  window.__bench = {
    /** Focuses the editor with the caret at its end, and starts watching for `marker`. */
    arm(marker) {
      editor.innerHTML = '<p>前文。</p>';
      editor.focus();
      const range = document.createRange();
      range.selectNodeContents(editor);
      range.collapse(false);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      window.__landed = null;
      const observer = new MutationObserver(() => {
        if (window.__landed === null && editor.textContent.includes(marker)) {
          window.__landed = now();
          observer.disconnect();
        }
      });
      observer.observe(editor, { childList: true, subtree: true, characterData: true });
    },
    setRangeTextFloor(text) {
      const field = document.getElementById('field');
      field.value = '前文。';
      const t0 = performance.now();
      field.setRangeText(text, field.value.length, field.value.length, 'end');
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return performance.now() - t0;
    },
    insertHtmlFloor(html) {
      const floor = document.getElementById('floor');
      floor.innerHTML = '<p>前文。</p>';
      floor.focus();
      const range = document.createRange();
      range.selectNodeContents(floor);
      range.collapse(false);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      const t0 = performance.now();
      document.execCommand('insertHTML', false, html);
      return performance.now() - t0;
    },
  };
})();
