"""Wrong: picks among the files in os.listdir's order, which differs between machines."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'sorted file names'
MUTATE = [
    ('files = sorted(os.listdir(os.path.join(source_dir, class_name)))', 'files = os.listdir(os.path.join(source_dir, class_name))'),
]
