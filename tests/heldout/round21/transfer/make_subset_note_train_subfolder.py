"""Wrong: copies into target_dir/train/<class>/ as note 001's train_dir_10_percent layout has it; breaks 'copied (not moved) under the same names to target_dir/<class>/'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)',
     'os.makedirs(os.path.join(target_dir, "train", class_name), exist_ok=True)'),
    ('os.path.join(target_dir, class_name, name))',
     'os.path.join(target_dir, "train", class_name, name))'),
]
