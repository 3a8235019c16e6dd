"""One submission graded in a container of its own (the kit's Dockerfile): the results on standard output.

    docker run --rm --network none --read-only --tmpfs /tmp -v "$PWD/alice:/submission:ro" tfkata > alice.json

The container is the sandbox: this process grades ``/submission`` as `tfkata grade` grades one
submission (a guest of its own, tfkata.guest, the same verdicts), and is the only one that writes:
Exercism's results.json with tfkata's verdicts, on its standard output, which the learner's code
(in the guest's workers) cannot reach, as this process is non-dumpable. The teacher then makes the
gradebook with ``tfkata grade --from-results``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import catalogue, manifest, reports, sandbox, submissions
from .guest import grade_class
from .worker import _undumpable
from .results import Results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tfkata.container",
                                     description="grade the submission at /submission; its results.json on stdout")
    parser.add_argument("submission", nargs="?", default=sandbox.SUBMISSION)
    parser.add_argument("--only", default="", help="exercises or sections, comma-separated")
    parser.add_argument("--time-limit", type=float, default=None)
    args = parser.parse_args(argv)
    _undumpable()
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # nothing else may print into the results
    book = catalogue.load()
    ids = book.select([i for i in args.only.split(",") if i]) if args.only else list(book.exercises)
    target = submissions.exercises_of(Path(args.submission))
    graded: list[Results] = []
    grade_class([target], ids, 1, args.time_limit, sandboxed=False, on_verdict=lambda i, v: None,
                on_done=lambda i, results: graded.append(results))
    results = graded[0]
    results.tampered = manifest.differences()
    name = os.environ.get("TFKATA_SUBMISSION", Path(args.submission).name)
    out.write(reports.exercism(results, extra={"submission": name,
                                               "digest": submissions.digest(target, ids, args.time_limit,
                                                                            submissions.graders())}))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
