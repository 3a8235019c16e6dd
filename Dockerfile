# tfkata's grading image, for teachers and CI: one submission per container, no network.
#
#   docker build -t tfkata .
#   docker run --rm --network none --read-only --tmpfs /tmp \
#       -v "$PWD/submissions/alice:/submission:ro" tfkata > results/alice.json
#   tfkata grade --from-results results --out gradebook
#
# The container is the sandbox (README: "Grading untrusted code"); it prints the submission's
# results.json (Exercism's v3, with tfkata's verdicts) and nothing else on its standard output.
# Arguments after the image name go to `python -m tfkata.container` (--only, --time-limit).
FROM python:3.11-slim

ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1 TF_CPP_MIN_LOG_LEVEL=3 MPLCONFIGDIR=/tmp HOME=/tmp
WORKDIR /kit
# What grading reads, and nothing of the learner's or the teacher's: no exercises/, no solutions/.
COPY pyproject.toml README.md ./
COPY tools ./tools
COPY tests/graders ./tests/graders
RUN pip install -e . && python -c "import tfkata.warm"

USER 65534:65534
WORKDIR /tmp
ENTRYPOINT ["python", "-I", "-m", "tfkata.container"]
