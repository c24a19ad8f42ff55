"""The glossary subsystem: schema, loading, lint, interchange formats and source-side matching.

This package imports nothing from `workbench` or `tui` (it is the bottom layer).
"""
