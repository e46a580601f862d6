"""Untrusted strings (model, task and file names, model answers, TLC's messages) made safe to
show: in a terminal through rich, and in the report's plotly figures.

A terminal obeys control characters (ESC sequences move the cursor, set the window title, clear
the screen) and rich reads ``[...]`` as markup (``[/x]`` raises); plotly renders a subset of HTML
in labels (``<a href>`` becomes a live link). Every name goes through one of these on its way out.
"""

from __future__ import annotations

import html
import re

from rich.markup import escape

# C0 and C1 controls and DEL; tab and newline are layout, not commands.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with every control character shown as its escape (``\\x1b``), never obeyed."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def markup_safe(text: object) -> str:
    """``text`` for a rich string with markup: printable, its brackets shown as written."""
    return escape(printable(str(text)))


def plotly_label(text: object) -> str:
    """``text`` for a plotly label or hover template: printable, tags shown as written (plotly
    decodes the entities), and no ``%{...}`` for the template to fill in."""
    return html.escape(printable(str(text)), quote=False).replace("%{", "%&#123;")


__all__ = ["markup_safe", "plotly_label", "printable"]
