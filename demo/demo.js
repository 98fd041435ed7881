// Sets up the two iframe editors the way OA editors do it.
(function () {
  const design = document.getElementById('design');
  const turnOnDesignMode = () => {
    design.contentDocument.designMode = 'on';
  };
  if (design.contentDocument && design.contentDocument.readyState === 'complete') turnOnDesignMode();
  design.addEventListener('load', turnOnDesignMode);

  // KindEditor's way: an about:blank iframe written with document.write, whose body is editable.
  const blank = document.getElementById('blank');
  const doc = blank.contentDocument;
  doc.open();
  doc.write('<!doctype html><html><head><style>body{font-family:sans-serif;line-height:1.6}p{margin:0 0 6px}</style></head><body contenteditable="true"><p><br></p></body></html>');
  doc.close();

  // The real UEditor 1.4.3 (npm `ueditor`, served at /vendor/ueditor/ by `npm start`), loaded on
  // request so the page stays light: its editing iframe is written by a javascript: URL.
  const load = document.getElementById('load-ueditor');
  const script = (src) =>
    new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  load.addEventListener('click', async () => {
    load.disabled = true;
    window.UEDITOR_HOME_URL = '/vendor/ueditor/';
    try {
      await script('/vendor/ueditor/ueditor.config.js');
      await script('/vendor/ueditor/ueditor.all.js');
    } catch {
      load.textContent = '没有找到 UEditor（先运行 npm install）';
      return;
    }
    const holder = document.createElement('script');
    holder.id = 'ueditor';
    holder.type = 'text/plain';
    document.getElementById('ueditor-slot').appendChild(holder);
    window.UE.getEditor('ueditor', { serverUrl: '', initialFrameHeight: 200 });
    load.parentElement.remove();
  });
})();
