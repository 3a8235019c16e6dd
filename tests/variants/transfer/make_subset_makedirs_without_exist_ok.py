"""Wrong: creates each target class folder with os.makedirs(...) without exist_ok=True, so making a subset into a target that already has the class folders (a second run, as for the 1 % and the 10 % runs into one tree) raises FileExistsError; breaks 'Every function works from its arguments alone, as it may be called again' (module docstring) with 'copied ... to target_dir/<class>/'."""

EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'FileExistsError'

MUTATE = [
    ('os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)',
     'os.makedirs(os.path.join(target_dir, class_name))'),
]
