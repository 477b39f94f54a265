type Props = { className?: string; text?: string; attrs?: Record<string, string> };

/** A tiny element builder: text only through textContent, so no cell value is ever parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props,
  children?: (Node | string)[],
): HTMLElementTagNameMap[K];
/** Fluent UI web components (registered in ui/fluent.ts) by their tag. */
export function el(tag: `fluent-${string}`, props?: Props, children?: (Node | string)[]): HTMLElement;
export function el(tag: string, props: Props = {}, children: (Node | string)[] = []): HTMLElement {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}

export function options(
  select: HTMLSelectElement,
  items: readonly { value: string; label: string }[],
  selected = '',
): void {
  select.replaceChildren(...items.map((i) => el('option', { text: i.label, attrs: { value: i.value } })));
  select.value = items.some((i) => i.value === selected) ? selected : (items[0]?.value ?? '');
}
