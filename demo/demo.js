// Sets up the two iframe editors the way OA editors do it.
(function () {
  const design = document.getElementById('design');
  const turnOnDesignMode = () => {
    design.contentDocument.designMode = 'on';
  };
  if (design.contentDocument && design.contentDocument.readyState === 'complete') turnOnDesignMode();
  design.addEventListener('load', turnOnDesignMode);

  // UEditor pattern: an about:blank iframe written with document.write, whose body is editable.
  const blank = document.getElementById('blank');
  const doc = blank.contentDocument;
  doc.open();
  doc.write('<!doctype html><html><head><style>body{font-family:sans-serif;line-height:1.6}p{margin:0 0 6px}</style></head><body contenteditable="true"><p><br></p></body></html>');
  doc.close();
})();
