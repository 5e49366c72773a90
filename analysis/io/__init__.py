"""Reading articles from the formats they come in: web pages (:mod:`analysis.io.html`)."""
