"""What a reader sees: matplotlib charts, split by job (``style``, ``counts``, ``time``,
``heatmap``, ``keywords``). :mod:`analysis.plots` gathers the chart functions in one namespace for
the notebooks."""
