"""Wrong: lists each class with glob("*.jpg"), as note 001's food photos are, so files of any other kind (PNGs) are never seen; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    (
        '        files = sorted(os.listdir(os.path.join(source_dir, class_name)))\n',
        '        files = sorted(os.path.basename(path) for path in glob.glob(os.path.join(source_dir, class_name, "*.jpg")))\n',
    ),
    (
        'import os\nimport random\n',
        'import glob\nimport os\nimport random\n',
    ),
]
