"""Wrong: orders each class's files by modification time before sampling, an order that depends on how the files were copied; breaks 'The same seed picks the same files, in any process and whatever order the file system lists them in (so pick among the sorted names, class by class in sorted order)'."""

EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'sorted file names'

MUTATE = [
    ('        files = sorted(os.listdir(os.path.join(source_dir, class_name)))',
     '        folder = os.path.join(source_dir, class_name)\n        files = sorted(os.listdir(folder), key=lambda name: os.path.getmtime(os.path.join(folder, name)))'),
]
