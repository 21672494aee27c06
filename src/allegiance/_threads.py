"""One BLAS/OpenMP thread per process unless the user chose otherwise.

spaCy's models multiply small matrices, which run faster on one OpenBLAS thread (measured with
``bench/bench_extract.py``: one process 9.5 -> 10.2 articles/s), and ``--workers N`` processes
must not each start a thread per core on the same cores (two workers: 19.0 -> 20.4-20.7
articles/s on 2 cores). The libraries read these variables when they load, so this module is
imported before anything that imports numpy. A value the user set is kept.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
