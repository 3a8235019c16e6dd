"""Wrong: lists folders through an lru_cache'd helper keyed on the path, so a second call on a folder whose files changed picks from the stale listing; breaks 'from each class of n files, max(1, round(n * fraction)) different files' and 'as it may be called again with others'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ("import os\n", "import functools\nimport os\n"),
    ('''def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = random.Random(seed)
    for class_name in sorted(os.listdir(source_dir)):
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))''', '''@functools.lru_cache(maxsize=None)
def _listing(folder):
    return sorted(os.listdir(folder))


def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = random.Random(seed)
    for class_name in _listing(source_dir):
        files = _listing(os.path.join(source_dir, class_name))'''),
]
