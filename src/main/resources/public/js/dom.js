// Building the page from templates without ever parsing data as HTML.
//
// html`<p class="x">${value}</p>` returns a DocumentFragment. Only the template's literal parts
// (written here, in the code) are parsed as HTML; every ${value} goes in as a text node, an
// attribute value set through the DOM, or a node built the same way. A title such as
// "<script>…</script>" therefore shows as those characters and never runs.
//
// Limits of the literal parts: a value goes in a quoted attribute value or between elements, not
// inside <textarea> or <title> (set those through .value / .textContent), and literal text says
// "&lt;" rather than "<".

const MARK = '\u2063tm';
const TOKEN = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');

/** Whether the template text so far ends inside a tag (so the next value is an attribute value). */
function insideTag(text) {
  return text.lastIndexOf('<') > text.lastIndexOf('>');
}

export function html(strings, ...values) {
  let markup = '';
  strings.forEach((part, i) => {
    markup += part;
    if (i >= values.length) return;
    markup += insideTag(markup) ? `${MARK}${i}${MARK}` : `<!--${MARK}${i}-->`;
  });
  const template = document.createElement('template');
  template.innerHTML = markup;
  const fragment = template.content;
  // Attribute values: the marker is replaced by the value, as text.
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  const comments = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) {
      if (node.data.startsWith(MARK)) comments.push(node);
      continue;
    }
    for (const attribute of [...node.attributes]) {
      if (attribute.name.includes(MARK)) {
        // <option ${on ? 'selected' : ''}>: a boolean attribute named by the value, or none.
        node.removeAttribute(attribute.name);
        const name = attribute.name.replace(TOKEN, (_, n) => attributeText(values[Number(n)]));
        if (/^[a-z][a-z-]*$/.test(name)) node.setAttribute(name, '');
        continue;
      }
      if (!attribute.value.includes(MARK)) continue;
      const value = attribute.value.replace(TOKEN, (_, n) => attributeText(values[Number(n)]));
      if (/^(href|src|action|formaction)$/i.test(attribute.name) && !safeUrl(value)) node.removeAttribute(attribute.name);
      else node.setAttribute(attribute.name, value);
    }
  }
  // Content: the marker comment is replaced by the value's nodes.
  for (const comment of comments) {
    comment.replaceWith(...nodes(values[Number(comment.data.slice(MARK.length))]));
  }
  return fragment;
}

function attributeText(value) {
  if (value instanceof Node) throw new TypeError('a node cannot be an attribute value');
  return value === null || value === undefined || value === false ? '' : String(value);
}

/** A value as nodes: text for strings and numbers, nodes as they are, arrays flattened. */
export function nodes(value) {
  if (value === null || value === undefined || value === false) return [];
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value instanceof Node) return [value];
  return [document.createTextNode(String(value))];
}

/** Only web links may be followed from data: http(s), or a path on this site. */
export function safeUrl(url) {
  return /^(https?:\/\/|\/(?!\/)|#|\?)/i.test(String(url).trim());
}

/** Replaces an element's content with a template's result. */
export function show(element, content) {
  element.replaceChildren(...nodes(content));
}

/**
 * A translated text with {name} placeholders filled by nodes (e.g. badges) or text, as nodes:
 * the translation itself is never parsed as HTML either.
 */
export function fill(text, vars = {}) {
  return text.split(/(\{\w+\})/).filter(Boolean).flatMap((part) => {
    const name = /^\{(\w+)\}$/.exec(part);
    return name && name[1] in vars ? nodes(vars[name[1]]) : nodes(part);
  });
}
