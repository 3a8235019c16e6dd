"""Wrong: Sampled from os.listdir's order; breaks 'pick among the sorted names' / same picks whatever order the file system lists."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('files = sorted(os.listdir(os.path.join(source_dir, class_name)))',
     'files = os.listdir(os.path.join(source_dir, class_name))'),
]
