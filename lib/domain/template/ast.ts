// The template's syntax tree. Positions are UTF-16 offsets into the source, so the editor can
// underline the exact characters an error is about.

export interface Span {
  start: number;
  end: number;
}

export interface TextNode {
  type: 'text';
  value: string;
  span: Span;
}

/** `{{名称}}`: a metric's value in the report's period. */
export interface SlotNode {
  type: 'slot';
  name: string;
  span: Span;
}

/** Source that could not be parsed; rendered visibly, never dropped. */
export interface ErrorNode {
  type: 'error';
  raw: string;
  message: string;
  span: Span;
}

export type TemplateNode = TextNode | SlotNode | ErrorNode;

export interface TemplateError {
  message: string;
  span: Span;
}
