"""`python -m classifiers COMMAND`: the training workflow.

    python -m classifiers train [--config classifiers/configs/bow1.cfg] [--out classifiers/model]
    python -m classifiers compare [CONFIG ...]       # architectures: quality and speed
    python -m classifiers export-dev DIR [--split dev]   # .eml + labels.jsonl for
                                                         # `python -m bot evaluate DIR`
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from classifiers.model import CONFIG_DIR, DEFAULT_CONFIG, MODEL_DIR


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m classifiers", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train from the data and write the model")
    t.add_argument("--config", default=str(DEFAULT_CONFIG))
    t.add_argument("--out", default=str(MODEL_DIR))
    c = sub.add_parser("compare", help="train each config, compare quality and speed")
    c.add_argument("configs", nargs="*")
    c.add_argument("--json", default="", help="also write the results to this file")
    e = sub.add_parser("export-dev", help="write a split as .eml files + labels.jsonl")
    e.add_argument("dir")
    e.add_argument("--split", default="dev")
    args = ap.parse_args(argv)

    if args.command == "train":
        from classifiers.train import run

        run(args.config, Path(args.out))
        return 0
    if args.command == "compare":
        from classifiers.compare import compare

        configs = args.configs or sorted(str(p) for p in CONFIG_DIR.glob("*.cfg"))
        compare(configs, Path(args.json) if args.json else None)
        return 0
    if args.command == "export-dev":
        from classifiers.corpus import export_dir, load_split

        n = export_dir(load_split(args.split), Path(args.dir))
        print(f"{n} messages written to {args.dir}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
