"""TLC model configuration (.cfg): parse into sections, edit, render back.

A cfg is a sequence of sections, each a keyword followed by its items up to the next keyword.
We keep each section's raw text so that rendering an edited config changes only what was edited
(constants with set or model values stay exactly as the author wrote them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

KEYWORDS = (
    "SPECIFICATION", "INIT", "NEXT", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES",
    "CONSTANT", "CONSTANTS", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
    "ACTION_CONSTRAINTS", "SYMMETRY", "VIEW", "CHECK_DEADLOCK", "ALIAS", "POSTCONDITION",
)
_CANONICAL = {
    "INVARIANTS": "INVARIANT", "PROPERTIES": "PROPERTY", "CONSTANTS": "CONSTANT",
    "CONSTRAINTS": "CONSTRAINT", "ACTION_CONSTRAINTS": "ACTION_CONSTRAINT",
}
_KEYWORD_RE = re.compile(r"\b(" + "|".join(sorted(KEYWORDS, key=len, reverse=True)) + r")\b")
_COMMENT_RE = re.compile(r"\\\*[^\n]*|\(\*.*?\*\)", re.S)
_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONSTANT_ITEM_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:=|<-)")
_CHECK_DEADLOCK_RE = re.compile(r"\bCHECK_DEADLOCK\b\s*(TRUE|FALSE)?")


@dataclass(frozen=True)
class Section:
    keyword: str  # canonical (singular) keyword
    body: str  # raw text after the keyword


@dataclass(frozen=True)
class ModelConfig:
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def _idents(self, keyword: str) -> list[str]:
        return [n for s in self.sections if s.keyword == keyword for n in _IDENT_RE.findall(s.body)]

    def _single(self, keyword: str) -> str | None:
        names = self._idents(keyword)
        return names[0] if names else None

    @property
    def specification(self) -> str | None:
        return self._single("SPECIFICATION")

    @property
    def init(self) -> str | None:
        return self._single("INIT")

    @property
    def next(self) -> str | None:
        return self._single("NEXT")

    @property
    def invariants(self) -> list[str]:
        return self._idents("INVARIANT")

    @property
    def properties(self) -> list[str]:
        return self._idents("PROPERTY")

    @property
    def check_deadlock(self) -> bool:
        """TLC's contract: a deadlock is an error unless the config says ``CHECK_DEADLOCK FALSE``."""
        values = [s.body.split()[0] for s in self.sections if s.keyword == "CHECK_DEADLOCK" and s.body.split()]
        return not values or values[-1] != "FALSE"

    def without_keywords(self, *keywords: str) -> ModelConfig:
        return replace(self, sections=tuple(s for s in self.sections if s.keyword not in keywords))

    @property
    def constant_names(self) -> list[str]:
        names = []
        for s in self.sections:
            if s.keyword == "CONSTANT":
                names += re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:=|<-)", s.body)
        return names

    def constant_items(self) -> dict[str, str]:
        """Each CONSTANT item as name -> its whole text (``N = 3``, ``P <- Q``), in order."""
        items: dict[str, str] = {}
        for s in self.sections:
            if s.keyword != "CONSTANT":
                continue
            starts = list(_CONSTANT_ITEM_RE.finditer(s.body))
            for k, m in enumerate(starts):
                stop = starts[k + 1].start() if k + 1 < len(starts) else len(s.body)
                items[m.group(1)] = " ".join(s.body[m.start() : stop].split())
        return items

    def with_section(self, keyword: str, body: str) -> ModelConfig:
        return replace(self, sections=self.sections + (Section(keyword, body),))

    def without_names(self, keyword: str, names: set[str]) -> ModelConfig:
        """Drop the given names from INVARIANT/PROPERTY-like sections."""
        kept = []
        for s in self.sections:
            if s.keyword != keyword:
                kept.append(s)
                continue
            remaining = [n for n in _IDENT_RE.findall(s.body) if n not in names]
            if remaining:
                kept.append(Section(keyword, " ".join(remaining)))
        return replace(self, sections=tuple(kept))

    def render(self) -> str:
        return "".join(f"{s.keyword}\n    {s.body.strip()}\n" for s in self.sections)


def without_check_deadlock(text: str) -> str:
    """``text`` without its CHECK_DEADLOCK lines, which TLC 2.15's config reader rejects: the
    rule travels as TLC's ``-deadlock`` flag instead (``ModelConfig.check_deadlock``)."""
    return _CHECK_DEADLOCK_RE.sub("", text)


# Config keywords that change how TLC prints, never its verdict: a jar that cannot read one has
# it dropped (``for_jar``) instead of failing the run. (POSTCONDITION is a check: it stays.)
PRINT_ONLY = ("ALIAS",)


def for_jar(text: str, features: dict[str, bool]) -> tuple[str, list[str]]:
    """``text`` without the print-only keywords the jar cannot read (``toolchain.features``), and
    a note for each one dropped."""
    dropped = [k for k in PRINT_ONLY if not features.get(k.lower(), True) and re.search(rf"\b{k}\b", text)]
    if not dropped:
        return text, []
    cfg = parse_cfg(text).without_keywords(*dropped)
    return cfg.render(), [f"{k} dropped: this tla2tools.jar cannot read it, and it only changes how TLC prints "
                          "traces, not its verdict" for k in dropped]


def parse_cfg(text: str) -> ModelConfig:
    clean = _COMMENT_RE.sub(" ", text)
    matches = list(_KEYWORD_RE.finditer(clean))
    sections = []
    for k, m in enumerate(matches):
        stop = matches[k + 1].start() if k + 1 < len(matches) else len(clean)
        keyword = _CANONICAL.get(m.group(1), m.group(1))
        sections.append(Section(keyword, clean[m.end() : stop].strip()))
    return ModelConfig(tuple(sections))
