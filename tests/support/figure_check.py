"""Where every text of a figure lands once drawn: SVG from Kaleido, measured in Chromium.

Kaleido's SVG is loaded into a blank page of the same size and every <text> is measured with
getBoundingClientRect, so what is checked is the drawn geometry (transforms, fonts, rotation).
"""

from dataclasses import dataclass

# the kind of text, from the classes Plotly gives its groups: the first match wins
KINDS = (
    ("gtitle", "title"),
    ("legendtext", "legend"),
    ("legendtitletext", "legend"),
    ("xtitle", "axis_title"),
    ("ytitle", "axis_title"),
    ("xtick", "tick"),
    ("ytick", "tick"),
    ("cbtitle", "colorbar"),
    ("cbaxis", "colorbar"),
    ("annotation", "annotation"),
)

_MEASURE_JS = """(kinds) => {
  const svg = document.querySelector('svg');
  const frame = svg.getBoundingClientRect();
  const kindOf = (el) => {
    for (let node = el; node && node !== svg; node = node.parentNode) {
      const cls = (node.getAttribute && node.getAttribute('class')) || '';
      for (const [name, kind] of kinds) {
        if (cls.split(/\\s+/).some((c) => c === name || c.startsWith(name))) return kind;
      }
    }
    return 'other';
  };
  return [...document.querySelectorAll('text')]
    .filter((el) => el.textContent.trim() !== '')
    .map((el) => {
      const r = el.getBoundingClientRect();
      return {text: el.textContent.trim(), kind: kindOf(el), left: r.left - frame.left,
              top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top};
    })
    .filter((b) => b.right - b.left > 0 && b.bottom - b.top > 0);
}"""


@dataclass(frozen=True)
class Box:
    """One drawn text: what it says, what kind of text it is, and its box in pixels."""

    text: str
    kind: str
    left: float
    top: float
    right: float
    bottom: float

    def overlap(self, other: "Box") -> float:
        """The area this box shares with another."""
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return max(width, 0.0) * max(height, 0.0)


def text_boxes(page, svg: bytes, width: int, height: int) -> list[Box]:
    """Every non-empty text of an SVG drawing as drawn by the browser of page."""
    page.set_viewport_size({"width": width, "height": height})
    page.set_content(
        '<html><body style="margin:0">' + svg.decode("utf-8") + "</body></html>",
        wait_until="load",
    )
    return [Box(**b) for b in page.evaluate(_MEASURE_JS, [list(k) for k in KINDS])]


def outside(boxes: list[Box], width: int, height: int, slack: float = 1.0) -> list[Box]:
    """The texts that reach beyond the picture (by more than slack pixels)."""
    return [
        b
        for b in boxes
        if b.left < -slack or b.top < -slack or b.right > width + slack or b.bottom > height + slack
    ]


# pairs of kinds that must never share pixels: a title over a legend, a label on a tick...
APART = (
    ("title", "legend"),
    ("title", "tick"),
    ("title", "axis_title"),
    ("title", "annotation"),
    ("legend", "tick"),
    ("legend", "axis_title"),
    ("axis_title", "tick"),
)


def collisions(boxes: list[Box], min_area: float = 4.0) -> list[tuple[Box, Box]]:
    """Pairs of texts of kinds kept apart (APART) whose boxes overlap."""
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            pair = {(a.kind, b.kind), (b.kind, a.kind)}
            if pair & set(APART) and a.overlap(b) > min_area:
                found.append((a, b))
    return found
