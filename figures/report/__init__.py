"""Renderers: one module per kind of result, one function per output format.

``figure_formats`` renders extracted figures (``figures extract``);
``diagnostic_formats`` renders diagnostics (``figures check``), with
``snippet`` drawing a diagnostic's sentence with its figures underlined;
``rule_formats`` renders the rules (``figures rules``); ``records`` gives the
JSON contract's record of a figure or a diagnostic.
"""
