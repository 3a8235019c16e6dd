"""Right (the contract names the folder, not its type): returns pathlib.Path(target_dir), the same folder, which image_dataset_from_directory takes as it takes a str."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "done", ""
MUTATE = [
    ("import os\n", "import os\nimport pathlib\n"),
    ("    return target_dir\n", "    return pathlib.Path(target_dir)\n"),
]
