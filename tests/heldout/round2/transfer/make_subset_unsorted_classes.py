"""Wrong: Walked the classes in os.listdir's order, so the generator's draws go to classes in another order; breaks 'class by class in sorted order'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('for class_name in sorted(os.listdir(source_dir)):',
     'for class_name in os.listdir(source_dir):'),
]
