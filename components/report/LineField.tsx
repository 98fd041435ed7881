// A one-line text the writer edits in place (the title, a heading): saved when they leave the
// field or press Enter; Escape puts back the stored words. A new stored value (a save, another
// window) replaces what is shown unless the field has unsaved typing.
// A text area of one line that grows with its words (the stylesheet's field-sizing): a long heading
// wraps and is read whole in a narrow panel at 特大, where a text box would show six characters of it.
import { useEffect, useRef, useState, type TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onSave'> {
  value: string;
  onSave: (value: string) => void;
}

export function LineField({ value, onSave, ...rest }: Props) {
  const [text, setText] = useState(value);
  const dirty = useRef(false);
  useEffect(() => {
    if (!dirty.current) setText(value);
  }, [value]);
  const save = () => {
    if (!dirty.current) return;
    dirty.current = false;
    if (text !== value) onSave(text);
  };
  return (
    <textarea
      rows={1}
      {...rest}
      className={`line-field${rest.className ? ` ${rest.className}` : ''}`}
      value={text}
      onChange={(e) => {
        dirty.current = true;
        setText(e.target.value.replace(/[\r\n]+/g, ' '));
      }}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape') {
          dirty.current = false;
          setText(value);
        }
        rest.onKeyDown?.(e);
      }}
    />
  );
}
