"""Reading articles from the formats they come in.

Web pages: :mod:`~analysis.io.html` reads one page (metadata in :mod:`~analysis.io.page_meta`,
the boxes around the article in :mod:`~analysis.io.page_structure`, the site's own lines in
:mod:`~analysis.io.page_lines`); :mod:`~analysis.io.site_repeats` drops what a site prints on
every page of a corpus.
"""
