"""CLI commands too big to live in ``cli.py``; each module registers nothing itself."""
