"""Wrong: returns pathlib.Path(target_dir), so a str target_dir comes back as a Path that does not compare equal to it; breaks 'Returns: target_dir.'"""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ("import os\n", "import os\nimport pathlib\n"),
    ("    return target_dir\n", "    return pathlib.Path(target_dir)\n"),
]
