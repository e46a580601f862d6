"""Unicode TLA+ to ASCII, before SANY sees it.

Newer TLA+ tools read the Unicode forms of TLA+'s symbols (``≜ ∈ ∀ ⟨ ⟩ ∧ ∨ □``, the mapping of
the TLA+ Unicode proposal); the jar's SANY 2.1 rejects them as lexical errors, so a model that
writes them would score P1 = 0 for notation alone. Each symbol outside strings and comments
becomes its ASCII form (strings are data; SANY reads comments as they are).

ASCII forms are wider than their symbols, and TLA+'s bulleted ``/\\`` and ``\\/`` lists are laid
out by column. So columns are remapped, not only shifted: every token start (after white space,
at a symbol, at an ASCII bullet) goes to a new column that is the same for every line that had
a token start at that column (within one unit: the lines from one line with code in column 0 to
the next), and the new columns keep the old ones' order. Bullets aligned before stay aligned,
and what was right of a bullet stays right of it.
"""

from __future__ import annotations

from dataclasses import dataclass

# Symbol -> ASCII (the first ASCII spelling of the TLA+ Unicode table; longer sequences first).
_SEQUENCES = {"∀∀": "\\AA", "∃∃": "\\EE", "⟩_": ">>_", "〉_": ">>_"}
_SYMBOLS = {
    "≜": "==", "∈": "\\in", "∉": "\\notin", "←": "<-", "∀": "\\A", "∃": "\\E", "↦": "|->", "→": "->",
    "⟨": "<<", "⟩": ">>", "〈": "<<", "〉": ">>", "□": "[]", "⋄": "<>", "◇": "<>", "∷": "::",
    "¬": "~", "⇒": "=>", "⇸": "-+->", "≡": "\\equiv", "⇔": "<=>", "↝": "~>", "∧": "/\\", "∨": "\\/",
    "≔": ":=", "⩴": "::=", "≠": "#", "≤": "<=", "≥": ">=", "≈": "\\approx", "⊢": "|-", "⊨": "|=",
    "⊣": "-|", "⫤": "=|", "≍": "\\asymp", "≅": "\\cong", "≐": "\\doteq", "≫": "\\gg", "≪": "\\ll",
    "≺": "\\prec", "≻": "\\succ", "⪯": "\\preceq", "⪰": "\\succeq", "∝": "\\propto", "∼": "\\sim",
    "≃": "\\simeq", "⊏": "\\sqsubset", "⊐": "\\sqsupset", "⊑": "\\sqsubseteq", "⊒": "\\sqsupseteq",
    "⊂": "\\subset", "⊃": "\\supset", "⊆": "\\subseteq", "⊇": "\\supseteq", "∩": "\\cap",
    "∪": "\\cup", "‥": "..", "…": "...", "⊕": "(+)", "⊖": "(-)", "‖": "||", "⊙": "(.)", "⊘": "(/)",
    "⊗": "(\\X)", "◯": "\\bigcirc", "●": "\\bullet", "÷": "\\div", "∘": "\\o", "⋆": "\\star",
    "‼": "!!", "⁇": "??", "⊓": "\\sqcap", "⊔": "\\sqcup", "⊎": "\\uplus", "×": "\\X", "≀": "\\wr",
    "⋅": "\\cdot", "⁺": "^+", "ℕ": "Nat", "ℤ": "Int", "ℝ": "Real", "′": "'",
}
_LONGEST = max(len(s) for s in _SEQUENCES)


@dataclass(frozen=True)
class Normalized:
    text: str
    replaced: int  # symbols replaced


def to_ascii(text: str) -> Normalized:
    """``text`` with every Unicode TLA+ symbol in its code in ASCII (see the module doc)."""
    if all(ord(ch) < 128 for ch in text):
        return Normalized(text, 0)
    originals = text.split("\n")
    lines, replaced, in_comment = _pieces(originals)
    if not replaced:
        return Normalized(text, 0)
    out: list[str] = []
    for start, stop in _units(originals, in_comment):
        out += _layout(lines[start:stop])
    return Normalized("\n".join(out), replaced)


def _units(lines: list[str], in_comment: list[bool]) -> list[tuple[int, int]]:
    """Line ranges that each start at a line with code in column 0: layout (a bulleted list)
    never spans two of them, so each is laid out on its own and stays compact. A line that
    starts inside a block comment holds no code there."""
    bounds = [0] + [i for i, line in enumerate(lines)
                    if i and not in_comment[i] and line[:1] not in ("", " ", "\t")
                    and not line.startswith(("\\*", "(*"))]
    return list(zip(bounds, bounds[1:] + [len(lines)]))


# A line as pieces: (original column of a token start, its text in ASCII up to the next one).
_Line = list[tuple[int, str]]


def _pieces(lines: list[str]) -> tuple[list[_Line], int, list[bool]]:
    """Each line's pieces, the symbols replaced, and which lines start inside a block comment."""
    out: list[_Line] = []
    in_comment: list[bool] = []
    replaced = 0
    depth = 0  # of (* block comments *), which span lines
    for line in lines:
        in_comment.append(depth > 0)
        pieces: _Line = []
        current = ""
        start = 0
        i, n = 0, len(line)
        in_string = False

        def cut(at: int) -> None:
            nonlocal current, start
            if at > start or current:
                pieces.append((start, current))
            current, start = "", at

        while i < n:
            ch = line[i]
            if in_string:
                current += ch
                if ch == "\\" and i + 1 < n:
                    current += line[i + 1]
                    i += 1
                elif ch == '"':
                    in_string = False
                i += 1
                continue
            if depth:
                if line.startswith("*)", i):
                    depth -= 1
                    current += "*)"
                    i += 2
                elif line.startswith("(*", i):
                    depth += 1
                    current += "(*"
                    i += 2
                else:
                    current += ch
                    i += 1
                continue
            if line.startswith("\\*", i):
                current += line[i:]
                break
            if line.startswith("(*", i):
                depth += 1
                current += "(*"
                i += 2
                continue
            symbol = next((line[i : i + k] for k in range(_LONGEST, 0, -1) if line[i : i + k] in _SEQUENCES), None)
            ascii_ = _SEQUENCES.get(symbol) if symbol else _SYMBOLS.get(ch)
            if ascii_ is not None:
                width = len(symbol) if symbol else 1
                cut(i)
                # Keep words apart: "x∈S" is "x \in S", not "x\inS".
                before = " " if pieces and _word_end(pieces[-1][1]) and ascii_[0].isalnum() else ""
                after = " " if i + width < n and _word_char(line[i + width]) and _word_char(ascii_[-1]) else ""
                current = before + ascii_ + after
                replaced += 1
                i += width
                continue
            boundary = (i == 0 or line[i - 1] in " \t") and ch not in " \t"
            if boundary or line.startswith(("/\\", "\\/"), i):
                cut(i)
            if ch == '"':
                in_string = True
            current += ch
            i += 1
        cut(n)
        out.append(pieces)
    return out, replaced, in_comment


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _word_end(text: str) -> bool:
    return bool(text) and _word_char(text[-1])


def _layout(lines: list[_Line]) -> list[str]:
    """Place every piece at a column that depends only on its original column (see the doc)."""
    at: dict[int, list[tuple[int, int]]] = {}  # original column -> (line, piece) starting there
    for li, pieces in enumerate(lines):
        for k, (col, _) in enumerate(pieces):
            at.setdefault(col, []).append((li, k))
    new: dict[int, int] = {}
    previous = None
    # Columns in order, each no closer to the one before than it was, and no line's piece
    # starting before the end of that line's previous piece.
    for col in sorted(at):
        target = col if previous is None else max(col, new[previous] + (col - previous))
        for li, k in at[col]:
            if k > 0:
                prev_col, prev_text = lines[li][k - 1]
                target = max(target, new[prev_col] + len(prev_text))
        new[col] = target
        previous = col
    out = []
    for pieces in lines:
        text = ""
        for col, piece in pieces:
            text += " " * (new[col] - len(text)) + piece
        out.append(text)
    return out
