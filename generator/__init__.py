"""Жер актілері site generator: official text → validated YAML → bilingual Markdown for MkDocs.

Sub-commands live in ``generator.__main__``; templates only print, all decisions are in data/ or
in the ``calculator`` package.
"""
