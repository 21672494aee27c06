"""Reports: a terminal summary and a self-contained HTML report.

Usage::

    from allegiance.report import ReportData, summary_text, print_summary, write_html

    data = ReportData(documents=docs, statements=statements)  # or ReportData.from_store(store)
    print_summary(data)                 # rich tables in the terminal
    text = summary_text(data)           # the same as plain text
    write_html(data, "report.html")     # one self-contained file, opens offline
"""

from __future__ import annotations

from allegiance.report.data import ReportData
from allegiance.report.html import render_html, write_html
from allegiance.report.terminal import print_summary, summary_text

__all__ = ["ReportData", "print_summary", "render_html", "summary_text", "write_html"]
