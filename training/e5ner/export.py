"""Export a fine-tuned e5 NER tagger (``finetune.py --save``) for the shipped pipeline.

Writes OUT_DIR/encoder.onnx (position embeddings, layers and tag head; weights int8 through
onnxruntime's dynamic quantisation), OUT_DIR/vocab.npz (the SentencePiece pieces and scores
of the pruned vocabulary and the word-piece embeddings as int8 with one scale per row: the
lookup runs in numpy, so the ONNX file holds no embedding table) and OUT_DIR/meta.json.

Usage: python training/e5ner/export.py MODEL.pt DATA_DIR OUT_DIR [--scores RESULT.json]
Needs PyTorch, onnx and onnxruntime (training only; the runtime needs onnxruntime alone).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).parent))
from finetune import TAGS, Tagger, load_weights


class Encoder(nn.Module):
    """The tagger from the summed word-piece embeddings on: [B, L, H] + mask [B, L] -> logits."""

    def __init__(self, tagger: Tagger) -> None:
        super().__init__()
        self.t = tagger

    def forward(self, emb: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        t = self.t
        pos = torch.arange(emb.shape[1], device=emb.device)[None, :]
        x = t.eln(emb + t.pos(pos) + t.ttype)
        mask = keep.bool()[:, None, None, :]
        for layer in t.layers:
            x = layer(x, mask)
        return t.out(x)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scores", type=Path, help="finetune.py's result file, copied into meta")
    args = ap.parse_args()
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    saved = torch.load(args.model, weights_only=False)
    meta = saved["meta"]
    _m, w = load_weights(args.data)
    tagger = Tagger(meta, w, len(TAGS))
    tagger.load_state_dict(saved["state"])
    tagger.eval()
    enc = Encoder(tagger).eval()
    args.out.mkdir(parents=True, exist_ok=True)
    H = meta["H"]
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "encoder_fp32.onnx"
        torch.onnx.export(
            enc,
            (torch.zeros(2, 7, H), torch.ones(2, 7, dtype=torch.int64)),
            str(fp32),
            input_names=["emb", "keep"],
            output_names=["logits"],
            dynamic_axes={"emb": {0: "b", 1: "l"}, "keep": {0: "b", 1: "l"},
                          "logits": {0: "b", 1: "l"}},
            opset_version=17,
            dynamo=False,
        )
        # one scale per output unit: 1.5 points more on held-out GermEval than one scale per
        # matrix, which is about 4 % faster over the whole pipeline (docs/models.md)
        quantize_dynamic(str(fp32), str(args.out / "encoder.onnx"),
                         weight_type=QuantType.QInt8, per_channel=True,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    E = tagger.word.weight.detach().numpy()
    scale = np.maximum(np.abs(E).max(1), 1e-8) / 127.0
    raw = np.load(args.data / "e5_pruned.npz")
    np.savez_compressed(
        args.out / "vocab.npz",
        pieces=raw["pieces"],
        scores=raw["scores"].astype(np.float32),
        emb=np.round(E / scale[:, None]).astype(np.int8),
        scale=scale.astype(np.float32),
    )
    info = {"name": "de_e5ner", "tags": TAGS, "hidden": H, "layers": meta["NL"],
            "max_pieces": meta["MAXP"]}
    if args.scores and args.scores.exists():
        info["training"] = json.loads(args.scores.read_text())
    (args.out / "meta.json").write_text(json.dumps(info, indent=1) + "\n")
    for f in sorted(args.out.iterdir()):
        print(f, f.stat().st_size)


if __name__ == "__main__":
    main()
