"""sysmoray's own pure-TLA+ library modules, put on the library path of every SANY/TLC run.

They implement commonly used operators of the TLA+ CommunityModules (SequencesExt,
FiniteSetsExt, Functions, Folds) from their documented meaning. They deliberately provide no
IO or process-execution operators: generated specs are untrusted.
"""

from pathlib import Path

LIBRARY_DIR = Path(__file__).resolve().parent
MODULE_NAMES = tuple(sorted(p.stem for p in LIBRARY_DIR.glob("*.tla")))
