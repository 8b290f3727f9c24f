"""Жер актілері site generator: official text → validated YAML → bilingual Markdown for MkDocs.

The folders follow the flow: ``extract`` (official text → data/), ``load`` (read and validate
data/, build the calculator bundle), ``pages`` (plan, strings, templates, rendering), ``files``
(downloads that are not pages), ``assemble`` (runtime, MkDocs, post-processing, service worker),
``dev`` (local server, benchmark). Sub-commands live in ``generator.__main__``; templates only
print, all decisions are in data/ or in the ``calculator`` package.
"""
