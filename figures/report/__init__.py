"""Renderers: one module per kind of result, one function per output format.

``figure_formats`` renders extracted figures (``figures extract``);
``diagnostic_formats`` renders diagnostics (``figures check``), with
``snippet`` drawing a diagnostic's sentence with its figures underlined (by
display width) and ``sarif``, ``junit`` and ``gitlab`` the CI formats;
``rule_formats`` renders the rules (``figures rules``); ``records`` gives the
JSON contract's record of a figure or a diagnostic, ``edits`` the edit a
suggestion makes.  Helpers: ``tally`` (counts and summary lines), ``outcome``
(one input's result and work), ``settings``, ``colour``, ``locations`` (paths
and URIs for CI), ``fingerprints``, ``skipped`` (rules that need a dateline).
"""
