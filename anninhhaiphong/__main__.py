"""``python -m anninhhaiphong``: the same as the ``anninhhaiphong`` command."""

from anninhhaiphong.cli import entry

entry()
