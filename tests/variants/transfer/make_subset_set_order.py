"""Wrong: walks the classes in a set's order, which changes with each process's hash seed, so one
generator's picks go to other classes in another run."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", "with seed 0"
MUTATE = [("for class_name in sorted(os.listdir(source_dir)):",
           "for class_name in {c for c in os.listdir(source_dir) if os.path.isdir(os.path.join(source_dir, c))}:")]
