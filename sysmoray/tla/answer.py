"""Turn raw LLM output (untrusted text) into one TLA+ module and its TLC config.

Pure functions: no I/O, never raises on odd input. The work is line based:

1. normalise line endings, split into lines;
2. find Markdown fences (```/~~~) -- their delimiter lines are never content;
3. find modules: a ``---- MODULE X ----`` header up to its ``====`` line;
   keep the last complete one (LLMs often write a draft, then a fix);
4. find TLC config candidates (fenced, after a module's ``====``, or after a
   ``X.cfg:`` intro line); keep the last one;
5. everything else is reported in ``dropped``, one entry per contiguous region.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sysmoray.tla.cfg import KEYWORDS as CFG_KEYWORDS
from sysmoray.tla.module_set import reachable, referenced_names
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.unicode import to_ascii

__all__ = ["Answer", "Dropped", "extract_answer", "split_module_file"]

OK, NO_MODULE, UNTERMINATED_MODULE = Outcome.OK, Outcome.NO_MODULE, Outcome.UNTERMINATED_MODULE


@dataclass(frozen=True)
class Dropped:
    """A piece of the input that was not kept, and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Answer:
    """What was extracted from one answer.

    ``outcome`` is ``"ok"``, ``"no_module"`` or ``"unterminated_module"`` (the module
    had no ``====`` line, e.g. the answer hit max tokens; ``module_text`` then ends
    with a ``====`` line we appended).
    """

    outcome: Outcome  # OK, NO_MODULE or UNTERMINATED_MODULE
    module_name: str | None
    module_text: str | None
    cfg_text: str | None
    cfg_source: str | None  # "fenced" | "after_module" | "inline_file" | None
    dropped: tuple[Dropped, ...]
    unicode_symbols: int = 0  # Unicode TLA+ symbols of the module written in ASCII (``tla.unicode``)
    # The answer's other modules that the root EXTENDS or INSTANCEs, transitively (name, text).
    siblings: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return self.outcome == OK


# --- line patterns -----------------------------------------------------------------

_HEADER_RE = re.compile(r"^\s*-{4,}\s*MODULE\s+(\w+)\s*-{4,}\s*$")
_END_RE = re.compile(r"^\s*={4,}\s*$")
_FENCE_OPEN_RE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
_FENCE_CLOSE_RE = re.compile(r"^\s*(`{3,}|~{3,})\s*$")

_CFG_LANGS = frozenset({"cfg", "config", "ini", "tlc"})
# Case-sensitive on purpose: TLC keywords are upper case, prose words are not.
_CFG_KEYWORD_RE = re.compile(r"^\s*(?:%s)(?=\s|$)" % "|".join(CFG_KEYWORDS))
# Continuation lines of a multi-line keyword (``CONSTANTS`` / ``N = 3`` / ``INVARIANTS`` / ``TypeOK``).
_CFG_ASSIGN_RE = re.compile(r"^\s*[\w.]+\s*(?:=(?!=)|<-)")  # not ``==``: that is a TLA+ definition
_CFG_NAMES_RE = re.compile(r"^\s*\w+(?:\s*,\s*\w+)*\s*,?\s*$")
_CFG_VALUE_RE = re.compile(r"[{}]|<<|>>|^\s*[\[\]\"\d]")
_THEMATIC_BREAK_RE = re.compile(r"^\s*([-_*])(?:\s*\1){2,}\s*$")
_PROSE_WORDS_RE = re.compile(r"[A-Za-z]{2,} +[A-Za-z]{2,} +[A-Za-z]{2,}")
_CFG_STRING_RE = re.compile(r'"[^"\n]*"')
_CFG_NAME_RE = re.compile(r"[\w./\\-]*\w\.cfg", re.IGNORECASE)
_INTRO_LEAD_RE = re.compile(r"^(?:#{1,6}\s|[-+>]\s|//|\\\*|\(\*)")
_INTRO_PREFIX_RE = re.compile(
    r"^(?:file(?:name)?|config(?:uration)?(?:\s+file)?)\s*[:=-]?\s*[*_`'\"]*", re.IGNORECASE
)


def _normalize(raw: str) -> str:
    # A BOM would hide a header on the first line; lone CRs are old-Mac line ends.
    return raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


# --- fences --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Fence:
    open: int  # index of the opening delimiter line
    close: int | None  # index of the closing delimiter line; None: runs to the end
    lang: str
    info: str

    def content(self, n: int) -> range:
        return range(self.open + 1, n if self.close is None else self.close)


def _find_fences(lines: Sequence[str]) -> list[_Fence]:
    fences: list[_Fence] = []
    i, n = 0, len(lines)
    while i < n:
        m = _FENCE_OPEN_RE.match(lines[i])
        # A backtick info string cannot hold a backtick (CommonMark): ```x``` is inline code.
        if not m or (m.group(1)[0] == "`" and "`" in m.group(2)):
            i += 1
            continue
        marker, info = m.group(1), m.group(2).strip()
        lang = info.split()[0].strip("{}.").lower() if info else ""
        close = None
        for j in range(i + 1, n):
            c = _FENCE_CLOSE_RE.match(lines[j])
            # Closes only with the same character, at least as long as the opener.
            if c and c.group(1)[0] == marker[0] and len(c.group(1)) >= len(marker):
                close = j
                break
        fences.append(_Fence(i, close, lang, info))
        if close is None:
            break
        i = close + 1
    return fences


# --- modules -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Module:
    name: str
    start: int  # header line
    end: int  # the ``====`` line, or the last non-blank line if unterminated
    terminated: bool


def _last_nonblank(lines: Sequence[str], start: int, stop: int) -> int:
    end = stop - 1
    while end > start and not lines[end].strip():
        end -= 1
    return end


def _find_modules(lines: Sequence[str], is_delim: Sequence[bool]) -> list[_Module]:
    """Modules never span a fence delimiter: a fence edge bounds an unterminated one."""
    modules: list[_Module] = []
    n = len(lines)
    i = 0
    while i < n:
        m = _HEADER_RE.match(lines[i]) if not is_delim[i] else None
        if not m:
            i += 1
            continue
        # First try TLA+ semantics: a header inside a module opens a nested module.
        depth, end, first_nested, j = 1, None, None, i + 1
        while j < n and not is_delim[j]:
            if _HEADER_RE.match(lines[j]):
                depth += 1
                first_nested = j if first_nested is None else first_nested
            elif _END_RE.match(lines[j]):
                depth -= 1
                if depth == 0:
                    end = j
                    break
            j += 1
        if end is not None:
            modules.append(_Module(m.group(1), i, end, True))
            i = end + 1
            continue
        stop = j
        if first_nested is None:
            modules.append(_Module(m.group(1), i, _last_nonblank(lines, i, stop), False))
        else:
            # Never closed but another header came: far likelier a truncated draft
            # followed by a restart than a nested module, so a header starts anew.
            modules.extend(_flat_modules(lines, i, stop))
        i = stop
    return modules


def _flat_modules(lines: Sequence[str], start: int, stop: int) -> list[_Module]:
    found: list[_Module] = []
    cur: tuple[str, int] | None = None
    for j in range(start, stop):
        h = _HEADER_RE.match(lines[j])
        if h:
            if cur is not None:
                found.append(_Module(cur[0], cur[1], _last_nonblank(lines, cur[1], j), False))
            cur = (h.group(1), j)
        elif cur is not None and _END_RE.match(lines[j]):
            found.append(_Module(cur[0], cur[1], j, True))
            cur = None
    if cur is not None:
        found.append(_Module(cur[0], cur[1], _last_nonblank(lines, cur[1], stop), False))
    return found


# --- TLC config ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Cfg:
    source: str
    kept: tuple[int, ...]  # line indices that form the config
    span: tuple[int, ...]  # every content line this candidate claims (kept or not)


def _is_cfg_intro(line: str) -> bool:
    """A line that only names a ``.cfg`` file (``**MC.cfg**``, ``// File: MC.cfg``, ``MC.cfg:``)."""
    t = _INTRO_LEAD_RE.sub("", line.strip()).rstrip()
    t = t.removesuffix("*)").strip(" \t*_`'\":")
    t = _INTRO_PREFIX_RE.sub("", t).strip(" \t*_`'\":")
    if _CFG_NAME_RE.fullmatch(t):
        return True
    # Prose that ends by naming the file: "And the model config, MC.cfg:". Only the
    # last word is matched: a regex search over the whole line can go quadratic.
    words = line.split()
    return bool(words) and _names_cfg_with_colon(words[-1])


_CFG_NAME_OPENERS = "*_`'\"("
_CFG_NAME_CLOSERS = "*_`'\")"


def _names_cfg_with_colon(word: str) -> bool:
    """``word`` is a ``.cfg`` file name in markup, then a colon (``**MC.cfg**:``), in linear
    time: a regex whose markup and name both take ``_`` backtracks quadratically on a long run
    of underscores (32k of them took 20 s)."""
    if not word.endswith(":"):
        return False
    core = word[:-1].rstrip(_CFG_NAME_CLOSERS)  # a name ends in "cfg": closers never eat it
    name = core.lstrip(_CFG_NAME_OPENERS)
    # The openers may have taken the name's own leading "_" (``_.cfg``): one is enough.
    return bool(_CFG_NAME_RE.fullmatch(name)) or (len(name) < len(core) and core[len(core) - len(name) - 1] == "_"
                                                     and bool(_CFG_NAME_RE.fullmatch("_" + name)))


class _CfgLines:
    """Classify lines, in order, for config purposes: blank, comment, keyword, intro, hash, text.

    Stateful because ``(* ... *)`` comments (allowed in cfg files) can span lines.
    """

    def __init__(self) -> None:
        self._depth = 0

    def kind(self, line: str) -> str:
        s = line.strip()
        if self._depth > 0:
            self._depth = max(0, self._depth + s.count("(*") - s.count("*)"))
            return "comment"
        code = s.split("\\*", 1)[0]
        self._depth = max(0, code.count("(*") - code.count("*)"))
        if not s:
            return "blank"
        if s.startswith("\\*") or s.startswith("(*"):
            return "comment"
        if _CFG_KEYWORD_RE.match(line):
            return "keyword"
        if _is_cfg_intro(line):
            return "intro"
        if s.startswith("#"):  # ini/shell style comment: not valid in a TLC config
            return "hash"
        return "text"


def _cfg_kinds(lines: Sequence[str]) -> list[str]:
    c = _CfgLines()
    return [c.kind(line) for line in lines]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _looks_like_prose(line: str) -> bool:
    """Three words in a row outside strings: a sentence ("The states are {0, 1}"), which a
    value continuing a config line (``{p1, p2,`` / ``<<1, 2>>}``) never has."""
    return bool(_PROSE_WORDS_RE.search(_CFG_STRING_RE.sub('""', line)))


def _is_cfg_continuation(line: str, base_indent: int) -> bool:
    if _THEMATIC_BREAK_RE.match(line):  # a Markdown rule (``___``) ends the config: not a name
        return False
    return (
        _indent(line) > base_indent
        or bool(_CFG_ASSIGN_RE.match(line))
        or bool(_CFG_NAMES_RE.match(line))
        or (bool(_CFG_VALUE_RE.search(line)) and not _looks_like_prose(line))
    )


def _cfg_from_block(lines: Sequence[str], idx: Sequence[int], strict: bool) -> tuple[int, ...]:
    """Config lines of a fenced block, or () if it is not a config.

    strict (no cfg language, no intro): every line must look like config, so TLA+
    fragments and other code are not mistaken for one. Otherwise lines that are not
    config (``# notes``, stray prose) are left out.
    """
    if any(_HEADER_RE.match(lines[i]) for i in idx):
        return ()
    kinds = _cfg_kinds([lines[i] for i in idx])
    first_kw = next((k for k, kind in enumerate(kinds) if kind == "keyword"), None)
    if first_kw is None:
        return ()
    base = _indent(lines[idx[first_kw]])
    kept: list[int] = []
    for k, (i, kind) in enumerate(zip(idx, kinds)):
        if kind in ("comment", "blank"):
            ok = True
        elif k < first_kw:
            ok = False
            if strict and kind == "text":
                return ()
        elif kind == "keyword":
            ok = True
        elif kind == "text":
            ok = _is_cfg_continuation(lines[i], base)
            if strict and not ok:
                return ()
        else:
            ok = False
        if ok:
            kept.append(i)
    return _trim_blank(lines, kept)


def _cfg_run(
    lines: Sequence[str], start: int, stop: Callable[[int], bool]
) -> tuple[tuple[int, ...], int]:
    """Config lines written bare, starting at ``start`` (after ``====`` or a ``X.cfg:`` line).

    Leading blank/comment/intro lines are skipped; the run must then start with a
    keyword and ends at the first line that is not config (prose), a fence or a header.
    Returns the kept lines and the index where scanning stopped.
    """
    n = len(lines)
    c = _CfgLines()
    i, kind = start, "blank"
    while i < n and not stop(i):
        kind = c.kind(lines[i])
        if kind not in ("blank", "comment", "intro"):
            break
        i += 1
    if i == n or stop(i) or kind != "keyword":
        return (), i
    base = _indent(lines[i])
    kept = [i]
    i += 1
    while i < n and not stop(i):
        kind = c.kind(lines[i])
        if not (
            kind in ("keyword", "comment", "blank")
            or (kind == "text" and _is_cfg_continuation(lines[i], base))
        ):
            break
        kept.append(i)
        i += 1
    return _trim_blank(lines, kept), i


def _trim_blank(lines: Sequence[str], kept: list[int]) -> tuple[int, ...]:
    while kept and not lines[kept[-1]].strip():
        kept.pop()
    while kept and not lines[kept[0]].strip():
        kept.pop(0)
    return tuple(kept)


# --- the extraction ------------------------------------------------------------------


def extract_answer(raw: str) -> Answer:
    """Extract the module and TLC config from an LLM answer (Markdown, prose, fences)."""
    return _extract(raw, file_mode=False)


def split_module_file(text: str) -> Answer:
    """Same as :func:`extract_answer`, for a ``.tla`` file read from disk.

    Config lines after ``====`` count as the config; other text around the module
    (which SANY ignores) is reported as before/after the module rather than as prose.
    """
    return _extract(text, file_mode=True)


def _extract(raw: str, file_mode: bool) -> Answer:
    text = _normalize(raw)
    lines = text.split("\n")
    n = len(lines)

    fences = _find_fences(lines)
    is_delim = [False] * n
    fence_of: list[int | None] = [None] * n
    for f_i, f in enumerate(fences):
        is_delim[f.open] = True
        if f.close is not None:
            is_delim[f.close] = True
        for i in f.content(n):
            fence_of[i] = f_i

    modules = _find_modules(lines, is_delim)
    if not modules:
        dropped = (Dropped(text, "no module found"),) if text.strip() else ()
        return Answer(NO_MODULE, None, None, None, None, dropped)

    chosen, siblings = _root_and_siblings(lines, modules)
    in_module = [False] * n
    for m in modules:
        for i in range(m.start, m.end + 1):
            in_module[i] = True

    cfgs = _find_cfgs(lines, fences, is_delim, fence_of, in_module, modules)
    cfg = cfgs[-1] if cfgs else None

    # Reason for every line not kept; blank lines are folded into their neighbours later.
    reasons: list[str | None] = [None] * n
    kept = [False] * n
    for m in (chosen, *siblings):
        for i in range(m.start, m.end + 1):
            kept[i] = True
    for m in modules:
        if m is not chosen and m not in siblings:
            why = "superseded module" if m.terminated else "unterminated module"
            for i in range(m.start, m.end + 1):
                reasons[i] = why
    for c in cfgs:
        for i in c.span:
            reasons[i] = "superseded cfg" if c is not cfg else "not config"
    if cfg is not None:
        for i in cfg.kept:
            kept[i] = True
    kept_fences = {fence_of[m.start] for m in (chosen, *siblings)}
    for i in range(n):
        if reasons[i] is not None:
            continue
        if is_delim[i]:
            reasons[i] = "fence"
        elif fence_of[i] is not None and fence_of[i] not in kept_fences:
            reasons[i] = "unused code block"
        elif fence_of[i] is None and not file_mode:
            reasons[i] = "prose"
        else:  # in the module's own fence, or around the module in a file
            reasons[i] = "text before module start" if i < chosen.start else "text after module end"

    module_lines = lines[chosen.start : chosen.end + 1]
    if not chosen.terminated:
        module_lines = [*module_lines, "===="]
    module = to_ascii("\n".join(module_lines) + "\n")
    others = [(m.name, to_ascii("\n".join(lines[m.start : m.end + 1]) + "\n")) for m in siblings]
    return Answer(
        outcome=OK if chosen.terminated else UNTERMINATED_MODULE,
        module_name=chosen.name,
        module_text=module.text,
        cfg_text=None if cfg is None else "\n".join(lines[i] for i in cfg.kept) + "\n",
        cfg_source=None if cfg is None else cfg.source,
        dropped=_regions(lines, reasons, kept),
        unicode_symbols=module.replaced + sum(t.replaced for _, t in others),
        siblings=tuple((name, t.text) for name, t in others),
    )


def _root_and_siblings(lines: Sequence[str], modules: Sequence[_Module]) -> tuple[_Module, tuple[_Module, ...]]:
    """The answer's root module and the other modules it reaches through EXTENDS and INSTANCE.
    Of several complete modules of one name the last counts (a revision); the root is the last
    complete module that no other one EXTENDS or INSTANCEs; the rest are superseded drafts."""
    complete = [m for m in modules if m.terminated]
    if not complete:
        return modules[-1], ()
    last = {m.name: m for m in complete}
    texts = {name: "\n".join(lines[m.start : m.end + 1]) for name, m in last.items()}
    named = {n for name, text in texts.items() for n in referenced_names(text) if n != name}
    roots = [m for m in complete if m is last[m.name] and m.name not in named]
    chosen = roots[-1] if roots else complete[-1]
    reached = reachable(texts[chosen.name], {n: t for n, t in texts.items() if n != chosen.name})
    return chosen, tuple(last[n] for n in reached)


def _find_cfgs(
    lines: Sequence[str],
    fences: Sequence[_Fence],
    is_delim: Sequence[bool],
    fence_of: Sequence[int | None],
    in_module: Sequence[bool],
    modules: Sequence[_Module],
) -> list[_Cfg]:
    """All config candidates, in text order."""
    n = len(lines)

    def stop(i: int) -> bool:
        return is_delim[i] or in_module[i]

    # A ``X.cfg`` intro line outside any module: it vouches for the block that follows.
    opens = {f.open: f_i for f_i, f in enumerate(fences)}
    vouched: set[int] = set()
    runs: list[_Cfg] = []
    scanned_to = 0  # a run already scanned past here; rescanning it would be quadratic
    for i in range(n):
        if in_module[i] or is_delim[i] or fence_of[i] is not None or not _is_cfg_intro(lines[i]):
            continue
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        if j < n and j in opens:
            vouched.add(opens[j])
        elif j < n and j >= scanned_to and not stop(j):
            kept, scanned_to = _cfg_run(lines, j, stop)
            if kept:
                runs.append(_Cfg("inline_file", kept, kept))

    found: list[_Cfg] = []
    for f_i, f in enumerate(fences):
        idx = list(f.content(n))
        if not idx or any(in_module[i] for i in idx):
            continue
        names_cfg = any(_CFG_NAME_RE.fullmatch(w.strip("`'\":")) for w in f.info.split())
        lenient = f.lang in _CFG_LANGS or names_cfg or f_i in vouched
        kept = _cfg_from_block(lines, idx, strict=not lenient)
        if kept:
            found.append(_Cfg("fenced", kept, tuple(idx)))

    for m in modules:
        if m.terminated and m.end + 1 < n:
            kept, _ = _cfg_run(lines, m.end + 1, stop)
            if kept:
                found.append(_Cfg("after_module", kept, kept))
    # An intro right after ``====`` yields the same run twice; keep the after_module one.
    starts = {c.kept[0] for c in found}
    found.extend(c for c in runs if c.kept[0] not in starts)
    found.sort(key=lambda c: c.kept[0])
    return found


def _regions(lines: Sequence[str], reasons: Sequence[str | None], kept: Sequence[bool]) -> tuple[Dropped, ...]:
    """One Dropped per contiguous run of same-reason lines; blank-only runs are not reported."""
    out: list[Dropped] = []
    cur: list[int] = []
    cur_reason: str | None = None
    blanks: list[int] = []

    def flush() -> None:
        if cur and cur_reason is not None:
            out.append(Dropped("\n".join(lines[i] for i in cur), cur_reason))
        cur.clear()
        blanks.clear()

    for i, line in enumerate(lines):
        if kept[i]:
            flush()
            continue
        if not line.strip():
            if cur:
                blanks.append(i)
            continue
        if cur and reasons[i] == cur_reason:
            cur.extend(blanks)
            cur.append(i)
            blanks.clear()
        else:
            flush()
            cur.append(i)
            cur_reason = reasons[i]
    flush()
    return tuple(out)
