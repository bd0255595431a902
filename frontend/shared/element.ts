// Building elements in the browser from the server's texts: every text goes in as text, never as HTML.

export function element(tag: string, className?: string, text?: string): HTMLElement {
  const made = document.createElement(tag);
  if (className) {
    made.className = className;
  }
  if (text !== undefined) {
    made.textContent = text;
  }
  return made;
}
