"""The map's fixed legend: the event types present, how aggregated cells read, and the
dashed outline of proposed or claimed areas (trusted content only: the palette's names)."""

from __future__ import annotations

from collections.abc import Iterable

from branca.element import MacroElement, Template

from maps.style import TYPE_COLOURS, TYPE_ICONS

_LEGEND = Template("""
{% macro html(this, kwargs) %}
<div class="sitrep-legend" style="position:absolute;z-index:9999;bottom:24px;left:10px;
  background:rgba(255,255,255,.92);padding:6px 9px;border-radius:4px;font:12px sans-serif;
  box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:260px">
  <b>Event type</b><br>
  {% for name, colour, icon in this.entries %}
  <span style="display:inline-block;width:11px;height:11px;border-radius:50%;
    background:{{ colour }};border:1px solid #333;margin-right:4px"></span>
  <i class="fa-solid {{ icon }}" style="width:14px"></i> {{ name }}<br>
  {% endfor %}
  {% if this.cells %}
  <span style="display:inline-flex;align-items:center;justify-content:center;width:20px;height:20px;
    border-radius:50%;border:1px solid #333;margin:3px 4px 0 0;vertical-align:middle;
    background:conic-gradient({{ this.ring }})"><span style="display:inline-flex;width:11px;
    height:11px;border-radius:50%;background:#fff;font:bold 7px sans-serif;align-items:center;
    justify-content:center">n</span></span>
  a cell of n events, its ring split by type (click: breakdown)<br>
  {% endif %}
  <span style="display:inline-block;width:16px;border-top:2px dashed #333;margin-right:4px;
    vertical-align:middle"></span> proposed / claimed area
</div>
{% endmacro %}
""")


class Legend(MacroElement):
    """A fixed legend of the event types present; with ``cells``, how a cell's ring reads."""

    default_css = [
        (
            "awesome_markers_font_css",
            "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css",
        )
    ]

    def __init__(self, types: Iterable[str], cells: bool = False):
        super().__init__()
        self._name = "Legend"
        self._template = _LEGEND
        self.entries = [(t, TYPE_COLOURS.get(t, "#000"), TYPE_ICONS.get(t, "fa-circle")) for t in types]
        colours = [colour for _, colour, _ in self.entries][:4] or ["#999"]
        step = 100 / len(colours)
        self.ring = ", ".join(f"{c} {k * step:.0f}% {(k + 1) * step:.0f}%" for k, c in enumerate(colours))
        self.cells = cells
