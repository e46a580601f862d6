"""Importers: read another benchmark's problems from a user's copy at run time and write them as
sysmoray task folders. Nothing of the other benchmark is part of this repository."""
