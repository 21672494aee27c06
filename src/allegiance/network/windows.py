"""Time slicing: fixed calendar windows and moving windows with kernel smoothing.

A :class:`Window` is a set of table rows with a weight each (1 for fixed windows, the kernel
weight for moving windows). Every network function accepts a window and then counts each
statement with its weight.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from allegiance.network.table import (
    NO_DAY,
    UNITS,
    StatementTable,
    day_to_iso,
    effective_days,
    period_index,
    period_index_of_day,
    period_label,
    period_start,
    to_day,
)

KERNELS: tuple[str, ...] = ("uniform", "gaussian", "epanechnikov", "triangular")


@dataclass(frozen=True, eq=False)
class Window:
    """A time slice of a :class:`StatementTable`.

    Attributes
    ----------
    index : int
        Position in the series (0, 1, ...).
    label : str
        ``"2025"``, ``"2025-03"``, ``"2025-Q1"``, ``"2025-W07"``, a date (moving windows,
        the centre) or ``"all"``.
    start, end : str or None
        ISO dates; ``start`` inclusive, ``end`` exclusive (``None`` for ``"all"``).
    rows : numpy.ndarray of int64
        Table rows in the window.
    weights : numpy.ndarray of float64
        Weight of each row (kernel weight; 1 for fixed windows).
    """

    index: int
    label: str
    start: str | None
    end: str | None
    rows: np.ndarray
    weights: np.ndarray

    def __len__(self) -> int:
        return int(self.rows.shape[0])

    def __repr__(self) -> str:
        return f"Window({self.label!r}, {self.start}..{self.end}, rows={len(self)})"


def kernel_weights(x: np.ndarray, kernel: str = "uniform") -> np.ndarray:
    """Kernel weight of a scaled distance ``x`` (``|x| <= 1`` inside the window).

    All kernels peak at 1 for ``x = 0`` and vanish outside ``[-1, 1]``: uniform 1,
    triangular ``1 - |x|``, epanechnikov ``1 - x**2``, gaussian ``exp(-2 x**2)``
    (standard deviation of half the half-width, truncated at the window's edge).

    Parameters
    ----------
    x : numpy.ndarray
        Distance from the window centre divided by the half-width.
    kernel : {"uniform", "gaussian", "epanechnikov", "triangular"}

    Returns
    -------
    numpy.ndarray of float64

    Examples
    --------
    >>> import numpy as np
    >>> kernel_weights(np.array([0.0, 0.5, 1.5]), "triangular").tolist()
    [1.0, 0.5, 0.0]
    """
    x = np.abs(np.asarray(x, dtype=np.float64))
    inside = x <= 1.0
    if kernel == "uniform":
        w = np.ones_like(x)
    elif kernel == "triangular":
        w = 1.0 - x
    elif kernel == "epanechnikov":
        w = 1.0 - x * x
    elif kernel == "gaussian":
        w = np.exp(-2.0 * x * x)
    else:
        raise ValueError(f"unknown kernel {kernel!r}; use one of {KERNELS}")
    return np.where(inside, w, 0.0)


def time_windows(
    table: StatementTable,
    window: str = "year",
    *,
    width: int | None = None,
    step: int | None = None,
    kernel: str = "uniform",
    start: str | None = None,
    end: str | None = None,
) -> list[Window]:
    """Cut a table into time windows.

    Parameters
    ----------
    table : StatementTable
    window : {"day", "week", "month", "quarter", "year", "all", "moving"}, default "year"
        Calendar windows (every period from the first to the last dated statement, empty
        ones included), one window holding everything (``"all"``, undated rows included)
        or moving windows.
    width : int, optional
        Moving windows: width in days (default 365).
    step : int, optional
        Moving windows: distance between window centres in days (default ``width // 4``).
    kernel : {"uniform", "gaussian", "epanechnikov", "triangular"}, default "uniform"
        Moving windows: weight of a statement by its distance from the window's centre.
    start, end : str, optional
        Only windows overlapping this ISO date range.

    Returns
    -------
    list of Window

    Notes
    -----
    Past statements (see :mod:`allegiance.network.table`) land in the window before their
    document's.

    Examples
    --------
    >>> from allegiance.network.table import StatementTable, to_day
    >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0, 0, 0],
    ...     target=[0, 0, 0], kind=[1, 1, 1], sign=[1, 1, -1],
    ...     day=[to_day("2023-05-01"), to_day("2025-01-02"), to_day("2025-07-01")])
    >>> [(w.label, len(w)) for w in time_windows(t, "year")]
    [('2023', 1), ('2024', 0), ('2025', 2)]
    >>> [w.label for w in time_windows(t, "moving", width=366, step=366, kernel="gaussian")]
    ['2023-05-01', '2024-05-01', '2025-05-02']
    """
    if window == "moving":
        return _moving_windows(table, width or 365, step, kernel, start, end)
    if window not in UNITS:
        raise ValueError(f"unknown window {window!r}; use one of {(*UNITS, 'moving')}")
    if window == "all":
        rows = np.arange(len(table), dtype=np.int64)
        if start is not None or end is not None:
            rows = np.flatnonzero(table.mask(start=start, end=end)).astype(np.int64)
        return [Window(0, "all", start, end, rows, np.ones(rows.shape[0]))]
    p = period_index(table, window)
    known = np.flatnonzero(p != NO_DAY)
    if known.size == 0:
        return []
    pk = p[known]
    order = np.argsort(pk, kind="stable")
    sorted_p = pk[order]
    lo, hi = int(sorted_p[0]), int(sorted_p[-1])
    if start is not None:
        lo = max(lo, int(period_index_of_day(to_day(start), window)))
    if end is not None:
        hi = min(hi, int(period_index_of_day(to_day(end), window)))
    out: list[Window] = []
    bounds_lo = np.searchsorted(sorted_p, np.arange(lo, hi + 1), side="left")
    bounds_hi = np.searchsorted(sorted_p, np.arange(lo, hi + 1), side="right")
    for i, per in enumerate(range(lo, hi + 1)):
        rows = known[order[bounds_lo[i] : bounds_hi[i]]].astype(np.int64)
        out.append(
            Window(
                index=i,
                label=period_label(per, window),
                start=day_to_iso(period_start(per, window)),
                end=day_to_iso(period_start(per + 1, window)),
                rows=rows,
                weights=np.ones(rows.shape[0]),
            )
        )
    return out


def _moving_windows(
    table: StatementTable,
    width: int,
    step: int | None,
    kernel: str,
    start: str | None,
    end: str | None,
) -> list[Window]:
    if kernel not in KERNELS:
        raise ValueError(f"unknown kernel {kernel!r}; use one of {KERNELS}")
    width = max(int(width), 1)
    step = max(int(step or max(width // 4, 1)), 1)
    half = width / 2.0
    eff = effective_days(table, width)
    known = np.flatnonzero(table.day != NO_DAY)
    if known.size == 0:
        return []
    ek = eff[known]
    order = np.argsort(ek, kind="stable")
    sorted_e = ek[order]
    first, last = int(sorted_e[0]), int(sorted_e[-1])
    if start is not None:
        first = max(first, to_day(start))
    if end is not None:
        last = min(last, to_day(end))
    # the first window is centred on the first statement and the last one reaches the last,
    # so every statement falls inside some window
    centre = float(first)
    out: list[Window] = []
    while True:
        lo = int(np.ceil(centre - half))
        hi = int(np.floor(centre + half))
        a = np.searchsorted(sorted_e, lo, side="left")
        b = np.searchsorted(sorted_e, hi, side="right")
        sel = order[a:b]
        rows = known[sel].astype(np.int64)
        w = kernel_weights((sorted_e[a:b] - centre) / half, kernel)
        keep = w > 0
        out.append(
            Window(
                index=len(out),
                label=day_to_iso(round(centre)) or "",
                start=day_to_iso(lo),
                end=day_to_iso(hi + 1),
                rows=rows[keep],
                weights=w[keep],
            )
        )
        if centre + half >= last:
            break
        centre += step
    return out
