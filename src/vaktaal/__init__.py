"""Vaktaal: learn the Dutch job language of your workplace."""

__version__ = "0.1.0"
