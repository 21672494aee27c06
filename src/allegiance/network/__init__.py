"""Discourse networks over time, camps and realignments.

A networkx-style library over a columnar :class:`StatementTable`::

    from allegiance.network import StatementTable, time_windows, congruence_network
    table = StatementTable.from_statements(store.statements())
    for w in time_windows(table, "year"):
        g = congruence_network(table, w, normalization="jaccard", duplicates="document")

Building blocks:

* :mod:`~allegiance.network.table`: the table, dates, past statements;
* :mod:`~allegiance.network.windows`: fixed and moving (kernel-smoothed) windows;
* :mod:`~allegiance.network.build`: actor, two-mode and projection networks;
* :mod:`~allegiance.network.camps`: camps, polarisation, structural balance;
* :mod:`~allegiance.network.shifts`: realignments with evidence;
* :mod:`~allegiance.network.export`: GraphML, GEXF 1.3, CSV, JSON;
* :mod:`~allegiance.network.draw`: pictures;
* :mod:`~allegiance.network.interchange`: reading statement / gold JSONL files.
"""

from __future__ import annotations

from allegiance.network.build import (
    DUPLICATES,
    NORMALIZATIONS,
    QUALIFIERS,
    actor_network,
    collapse_duplicates,
    conflict_network,
    congruence_network,
    network,
    network_series,
    position_matrices,
    projection_matrix,
    projection_network,
    subtract_network,
    two_mode_network,
    window_rows,
)
from allegiance.network.camps import (
    camp_series,
    find_camps,
    frustration,
    polarization,
    signed_network,
    structural_balance,
)
from allegiance.network.draw import draw_network, draw_timeline
from allegiance.network.export import (
    graph_to_dict,
    write_csv,
    write_gexf,
    write_graphml,
    write_json,
    write_network,
)
from allegiance.network.interchange import gold_document, locate, read_jsonl
from allegiance.network.shifts import (
    Evidence,
    Shift,
    camp_changes,
    issue_splits,
    pair_flips,
    realignments,
    relation_series,
)
from allegiance.network.table import (
    NO_DAY,
    StatementTable,
    day_to_iso,
    effective_days,
    past_bound,
    period_index,
    to_day,
)
from allegiance.network.windows import KERNELS, Window, kernel_weights, time_windows

__all__ = [
    "DUPLICATES",
    "KERNELS",
    "NORMALIZATIONS",
    "NO_DAY",
    "QUALIFIERS",
    "Evidence",
    "Shift",
    "StatementTable",
    "Window",
    "actor_network",
    "camp_changes",
    "camp_series",
    "collapse_duplicates",
    "conflict_network",
    "congruence_network",
    "day_to_iso",
    "draw_network",
    "draw_timeline",
    "effective_days",
    "find_camps",
    "frustration",
    "gold_document",
    "graph_to_dict",
    "issue_splits",
    "kernel_weights",
    "locate",
    "network",
    "network_series",
    "pair_flips",
    "past_bound",
    "period_index",
    "polarization",
    "position_matrices",
    "projection_matrix",
    "projection_network",
    "read_jsonl",
    "realignments",
    "relation_series",
    "signed_network",
    "structural_balance",
    "subtract_network",
    "time_windows",
    "to_day",
    "two_mode_network",
    "window_rows",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
    "write_network",
]
