"""Wrong: copies note 002's `directory = "dataset/"` line into the function, so the folder it is given is never read; breaks 'directory: one folder per class (directory/cats/*.png, directory/dogs/*.png)'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ("    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,",
     "    directory = \"dataset/\"\n    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,"),
]
