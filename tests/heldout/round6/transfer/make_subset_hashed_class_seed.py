"""Wrong: seeds a generator per class with seed + hash(class_name), and string hashes change from process to process; breaks 'The same seed picks the same files, in any process'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('''    rng = random.Random(seed)
    for class_name in sorted(os.listdir(source_dir)):''',
     '''    for class_name in sorted(os.listdir(source_dir)):
        rng = random.Random(seed + hash(class_name))  # a different draw for every class'''),
]
