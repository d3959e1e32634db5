"""Renderers: one module per kind of result, one function per output format.

``figure_formats`` renders extracted figures (``figures extract``).
"""
