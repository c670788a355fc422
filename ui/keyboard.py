"""Keys a presentation clicker sends (arrows, PageUp/PageDown, Space) pressing page buttons."""

import json

import streamlit as st

NEXT_KEYS = ("ArrowRight", "ArrowDown", "PageDown", " ")
PREVIOUS_KEYS = ("ArrowLeft", "ArrowUp", "PageUp")

# st.button's own `shortcut` takes one key per button; a clicker sends several. One listener
# on the document (installed once per browser tab, it outlives reruns) clicks the button
# whose container has the st-key-<key> class; never while a person types or uses a list.
_SCRIPT = """<style>.st-key-slide_keys {display: none;}</style>
<script>
(() => {
  const keys = %(keys)s;
  window.__pantauSlideKeys = keys;
  if (window.__pantauSlideListener) return;
  window.__pantauSlideListener = true;
  const typing = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], '
    + '[role="combobox"], [role="listbox"], [role="option"], [role="textbox"]';
  document.addEventListener('keydown', (event) => {
    const map = window.__pantauSlideKeys;
    if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target && target.closest(typing)) return;
    const key = map.next.includes(event.key) ? map.nextButton
      : map.previous.includes(event.key) ? map.previousButton : null;
    const button = key && document.querySelector(`.st-key-${key} button`);
    if (!button) return;
    event.preventDefault();  // no page scroll, no second press of a focused button
    event.stopPropagation();
    if (!event.repeat && !button.disabled) button.click();
  }, true);
})();
</script>"""


def slide_keys(previous_button: str, next_button: str) -> None:
    """Let the clicker's keys press the buttons with these widget keys."""
    keys = {
        "next": NEXT_KEYS,
        "previous": PREVIOUS_KEYS,
        "nextButton": next_button,
        "previousButton": previous_button,
    }
    with st.container(key="slide_keys"):  # hidden by its own style: it draws nothing
        st.html(_SCRIPT % {"keys": json.dumps(keys)}, unsafe_allow_javascript=True)
