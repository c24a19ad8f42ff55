"""The self-contained HTML review report: one page with the segments, their term spans and the filters.

`workbench qa --html FILE` and `workbench translate --report FILE.html` write it (workbench.review.runs);
the data model is workbench.review.model, the HTML workbench.review.page (with review.css and review.js
inlined), the streaming writer workbench.review.writer. No UI imports, nothing fetched: the page opens
offline. See docs/review-report.md.
"""
