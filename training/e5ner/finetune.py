"""Fine-tune multilingual-e5-small (or its first ``--layers`` layers) for German NER
(PER/ORG/LOC) on the CNN's training data, keep the best epoch on the dev slice, and score it
on the held-out slices. ``make train-e5ner`` trains the shipped six-layer tagger with it;
``gpu_runs.sh`` holds the runs that measured the whole encoder.

Usage: python training/e5ner/finetune.py DATA_DIR OUT_DIR [--epochs N] [--lr X] [--seed S]
       [--layers N] [--save]
DATA_DIR is what ``prep.py`` wrote. Needs PyTorch; uses a GPU when there is one.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, str(Path(__file__).parent))
from e5io import Q4, dequant

BOS, PAD, EOS, UNK = 0, 1, 2, 3  # as in allegiance.nlp.e5ner (not importable on a GPU box)

TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
TAG_ID = {t: i for i, t in enumerate(TAGS)}
MAXLEN = 256


def load_weights(data: Path) -> tuple[dict, dict[str, torch.Tensor]]:
    meta = json.loads((data / "meta.json").read_text())
    raw = np.load(data / "e5_pruned.npz")
    H, FF = meta["H"], meta["FF"]
    w: dict[str, torch.Tensor] = {}
    for key in raw.files:
        if key in ("pieces", "scores"):
            continue
        arr = raw[key]
        if key.startswith("q4:"):
            name = key[3:]
            blocks = arr.view(Q4)
            n_in = FF if name.endswith("fo.w") else H
            w[name] = torch.from_numpy(dequant(blocks, n_in).copy())
        else:
            w[key] = torch.from_numpy(arr.copy())
    return meta, w


class Layer(nn.Module):
    def __init__(self, H: int, NH: int, FF: int, eps: float) -> None:
        super().__init__()
        self.NH = NH
        self.q, self.k, self.v, self.ao = (nn.Linear(H, H) for _ in range(4))
        self.fi, self.fo = nn.Linear(H, FF), nn.Linear(FF, H)
        self.aln, self.oln = nn.LayerNorm(H, eps=eps), nn.LayerNorm(H, eps=eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        B, L, H = x.shape
        hd = H // self.NH

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(B, L, self.NH, hd).transpose(1, 2)

        a = F.scaled_dot_product_attention(
            heads(self.q(x)), heads(self.k(x)), heads(self.v(x)), attn_mask=mask
        )
        x = self.aln(x + self.ao(a.transpose(1, 2).reshape(B, L, H)))
        return self.oln(x + self.fo(F.gelu(self.fi(x))))


class Tagger(nn.Module):
    def __init__(self, meta: dict, w: dict[str, torch.Tensor], n_tags: int) -> None:
        super().__init__()
        H, NH, FF, eps = meta["H"], meta["NH"], meta["FF"], meta["eps"]
        self.word = nn.Embedding(meta["VOC"], H)
        self.pos = nn.Embedding(meta["MAXP"], H)
        self.ttype = nn.Parameter(torch.zeros(H))
        self.eln = nn.LayerNorm(H, eps=eps)
        self.layers = nn.ModuleList(Layer(H, NH, FF, eps) for _ in range(meta["NL"]))
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(H, n_tags)
        with torch.no_grad():
            self.word.weight.copy_(w["emb.word"].view(meta["VOC"], H))
            self.pos.weight.copy_(w["emb.pos"].view(-1, H)[: meta["MAXP"]])
            self.ttype.copy_(w["emb.type"].view(-1, H)[0])
            self.eln.weight.copy_(w["emb.ln.w"])
            self.eln.bias.copy_(w["emb.ln.b"])
            for i, layer in enumerate(self.layers):
                for n in ("q", "k", "v", "ao", "fi", "fo"):
                    lin = getattr(layer, n)
                    lin.weight.copy_(w[f"l{i}.{n}.w"].view_as(lin.weight))
                    lin.bias.copy_(w[f"l{i}.{n}.b"])
                for n in ("aln", "oln"):
                    getattr(layer, n).weight.copy_(w[f"l{i}.{n}.w"])
                    getattr(layer, n).bias.copy_(w[f"l{i}.{n}.b"])

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        L = ids.shape[1]
        pos = torch.arange(L, device=ids.device)[None, :]
        x = self.eln(self.word(ids) + self.pos(pos) + self.ttype)
        keep = ids != PAD
        mask = keep[:, None, None, :]
        for layer in self.layers:
            x = layer(x, mask)
        return self.out(self.drop(x))


def read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def encode(row: dict) -> tuple[list[int], list[int], list[int]]:
    """piece ids, label per piece (-100 except a word's first piece), first-piece positions."""
    ids, labels, firsts = [BOS], [-100], []
    for w, tag in zip(row["ids"], row["tags"], strict=True):
        w = w or [UNK]
        if len(ids) + len(w) >= MAXLEN - 1:
            break
        firsts.append(len(ids))
        ids.extend(w)
        labels.append(TAG_ID[tag])
        labels.extend([-100] * (len(w) - 1))
    ids.append(EOS)
    labels.append(-100)
    return ids, labels, firsts


def batches(rows: list[tuple], size: int, shuffle: bool):
    order = list(range(len(rows)))
    if shuffle:
        random.shuffle(order)
    else:
        order.sort(key=lambda i: len(rows[i][0]))
    starts = list(range(0, len(order), size))
    for s in starts:
        idx = order[s : s + size]
        L = max(len(rows[i][0]) for i in idx)
        ids = torch.full((len(idx), L), PAD, dtype=torch.long)
        lab = torch.full((len(idx), L), -100, dtype=torch.long)
        for b, i in enumerate(idx):
            ids[b, : len(rows[i][0])] = torch.tensor(rows[i][0])
            lab[b, : len(rows[i][1])] = torch.tensor(rows[i][1])
        yield idx, ids, lab


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, kind = set(), None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != kind):
            if start is not None:
                out.add((start, i, kind))
            start, kind = (i, t[2:]) if t != "O" else (None, None)
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    res = {}
    for lab in (None, "PER", "ORG", "LOC"):
        tp = fp = fn = 0
        for g, p in zip(gold, pred, strict=True):
            gs = {s for s in spans(g) if lab is None or s[2] == lab}
            ps = {s for s in spans(p) if lab is None or s[2] == lab}
            tp += len(gs & ps)
            fp += len(ps - gs)
            fn += len(gs - ps)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        res[lab or "all"] = {"p": round(pr, 4), "r": round(rc, 4), "f": round(f, 4), "n": tp + fn}
    return res


@torch.no_grad()
def predict(model: Tagger, rows: list[dict], dev: torch.device) -> list[list[str]]:
    model.eval()
    enc = [encode(r) for r in rows]
    preds: list[list[str]] = [[] for _ in rows]
    for idx, ids, _lab in batches(enc, 64, shuffle=False):
        with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=dev.type == "cuda"):
            logits = model(ids.to(dev)).float()
        best = logits.argmax(-1).cpu()
        for b, i in enumerate(idx):
            tags = [TAGS[int(best[b, p])] for p in enc[i][2]]
            tags += ["O"] * (len(rows[i]["tags"]) - len(tags))
            preds[i] = tags
    model.train()
    return preds


def save(state: dict[str, torch.Tensor], meta: dict, path: Path) -> None:
    """The best weights (float32) with the model's shape, for ``export.py``."""
    weights = {k: v.float().cpu() for k, v in state.items()}
    torch.save({"meta": meta, "tags": TAGS, "state": weights}, path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="train on the first N sentences only")
    ap.add_argument("--tag", default="run")
    ap.add_argument("--layers", type=int, default=0, help="keep only the first N layers")
    ap.add_argument("--save", action="store_true", help="write the best weights")
    args = ap.parse_args()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    meta, w = load_weights(args.data)
    if args.layers:
        meta["NL"] = args.layers
    model = Tagger(meta, w, len(TAGS)).to(dev)
    train = read(args.data / "train.jsonl.gz")
    if args.limit:
        train = train[: args.limit]
    sets = {n: read(args.data / f"{n}.jsonl.gz") for n in
            ("dev", "test_germeval", "test_europarl", "test_legal")}
    enc = [encode(r) for r in train]
    steps = args.epochs * math.ceil(len(enc) / args.batch)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm)))
    )
    best, best_state, log = -1.0, None, []
    t0 = time.time()
    for ep in range(args.epochs):
        for _idx, ids, lab in batches(enc, args.batch, shuffle=True):
            with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=dev.type == "cuda"):
                logits = model(ids.to(dev))
            loss = F.cross_entropy(logits.float().view(-1, len(TAGS)), lab.to(dev).view(-1))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
        d = score([r["tags"] for r in sets["dev"]], predict(model, sets["dev"], dev))["all"]["f"]
        log.append({"epoch": ep + 1, "dev_f": d, "loss": round(float(loss.detach()), 4),
                    "s": round(time.time() - t0, 1)})
        print(args.tag, log[-1], flush=True)
        if d > best:
            best = d
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    result = {"tag": args.tag, "args": {k: str(v) for k, v in vars(args).items()},
              "train_sentences": len(train), "log": log, "best_dev_f": best}
    for name, rows in sets.items():
        result[name] = score([r["tags"] for r in rows], predict(model, rows, dev))
        print(args.tag, name, result[name]["all"], flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.tag}.json").write_text(json.dumps(result, indent=1))
    if args.save:
        save(best_state, meta, args.out / f"{args.tag}.pt")


if __name__ == "__main__":
    main()
