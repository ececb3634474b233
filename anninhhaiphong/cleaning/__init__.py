"""Pure text cleaning (DESIGN.md stage 3): no Scrapy imports; text in, text or data out.

Modules: `text` (Unicode and whitespace), `dates` (Vietnamese date formats to ISO 8601 +07:00),
`chrome` (cookie notices, share/print/comment chrome), `bylines` (authors, source, date),
`related` (related-news blocks split out of the body), `article` (a page's raw fields to an Article,
and text dumps such as the seed).
"""
