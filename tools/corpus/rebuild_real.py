"""Rebuild the real development corpus from `classifiers/corpus/real_manifest.tsv` into a folder outside
the repository (the texts are third-party and are never committed).

Each manifest row names a public GitHub repository, the commit, the file and the extractor; the text is
cut exactly as `collect_real.py` cut it and checked against the row's SHA-256. Repositories are read from
a local mirror folder (`--mirrors`, one `owner+name/repo` git directory each) or cloned from GitHub (never with
`--offline`: a repository without a mirror is then reported as not rebuilt).

Rows of stored web pages (batches 3 and 4: `repo` = `web:<site>`, `path` = the page address, `extract` = `web`)
cannot be fetched by a script: someone must obtain the page text again and hand it in with `--pages` (a JSON list
of {url, text}, as `collect_batch3.py`/`collect_batch4.py` read it; repeat it for several files; by default every
`/work/corpus/pages_batch*.json`); it is checked against the row's SHA-256 like every other text. Without it, each
such row is reported as not rebuilt, with the reason.

Usage:  python tools/corpus/rebuild_real.py [--out /work/corpus/real] [--mirrors /work/.mirror] [--offline]
                                            [--pages /work/corpus/pages_batch3.json --pages ...]
Writes OUT/texts/<id>.txt and OUT/real.jsonl ({id, level, category, kind, publication, source, text}).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_sources import extract, git_show, sha256

MANIFEST = Path(__file__).resolve().parents[2] / "classifiers" / "corpus" / "real_manifest.tsv"
PAGES_DIR = Path("/work/corpus")


def repo_dir(repo: str, mirrors: Path, scratch: Path, offline: bool = False) -> Path | None:
    local = mirrors / repo.replace("/", "+") / "repo"
    if local.exists():
        return local
    if offline:
        return None
    target = scratch / repo.replace("/", "+")
    if not target.exists():
        subprocess.run(["git", "clone", "--bare", "--filter=blob:none", f"https://github.com/{repo}.git",
                        str(target)], check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--out", type=Path, default=Path("/work/corpus/real"))
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--pages", type=Path, action="append",
                        help="saved texts of the web pages the manifest names (rows with extract `web`); may be "
                             "repeated; default: every /work/corpus/pages_batch*.json")
    parser.add_argument("--offline", action="store_true",
                        help="never clone: a repository without a local mirror is reported as not rebuilt (a machine "
                             "without GitHub access, where `fetch` brings the mirrors)")
    args = parser.parse_args()
    files = args.pages if args.pages else sorted(PAGES_DIR.glob("pages_batch*.json"))
    pages: dict[str, str] = {}
    for path in files:
        if path.exists():
            pages.update({page["url"]: page["text"] for page in json.loads(path.read_text(encoding="utf-8"))})
        else:
            print(f"{path}: no such file of page texts", file=sys.stderr)
    rows = list(csv.DictReader(args.manifest.open(encoding="utf-8"), delimiter="\t"))
    texts = args.out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    bad = 0
    with tempfile.TemporaryDirectory(prefix="miji-real-") as tmp, \
            (args.out / "real.jsonl").open("w", encoding="utf-8") as jsonl:
        cache: dict[tuple[str, str, str], bytes] = {}
        for row in rows:
            if row["extract"] == "web":
                if row["path"] not in pages:
                    bad += 1
                    print(f"{row['id']}: not rebuilt: a stored web page ({row['path']}); obtain its text again and "
                          "pass it with --pages", file=sys.stderr)
                    continue
                text = extract(pages[row["path"]].encode("utf-8"), "web")
            else:
                key = (row["repo"], row["commit"], row["path"])
                if key not in cache:
                    where = repo_dir(row["repo"], args.mirrors, Path(tmp), args.offline)
                    if where is None:
                        bad += 1
                        print(f"{row['id']}: not rebuilt: no mirror of {row['repo']} (--offline)", file=sys.stderr)
                        continue
                    try:
                        cache[key] = git_show(where, row["commit"], row["path"])
                    except subprocess.CalledProcessError:
                        bad += 1
                        print(f"{row['id']}: not rebuilt: {row['commit'][:10]}:{row['path']} is not in the mirror of "
                              f"{row['repo']}", file=sys.stderr)
                        continue
                text = extract(cache[key], row["extract"])
            if sha256(text) != row["sha256"]:
                bad += 1
                print(f"{row['id']}: SHA-256 differs (source changed?), skipped", file=sys.stderr)
                continue
            (texts / f"{row['id']}.txt").write_text(text, encoding="utf-8")
            jsonl.write(json.dumps({"id": row["id"], "level": row["level"], "category": row["category"],
                                    "kind": row["kind"], "publication": row["publication"], "source": row["repo"],
                                    "text": text}, ensure_ascii=False) + "\n")
    print(f"rebuilt {len(rows) - bad} of {len(rows)} documents into {args.out}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
