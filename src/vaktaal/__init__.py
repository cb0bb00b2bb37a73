"""Vaktaal: learn the Dutch job language of your workplace."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vaktaal")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"
