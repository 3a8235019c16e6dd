"""Wrong: keeps the tutorial's class_names=["cats", "dogs"] in the loader call instead of letting the folder names decide, so any other class folders fail or are ignored; breaks 'classes are numbered in sorted (alphabetical) order of the folder names'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('common = dict(image_size=image_size,',
     'common = dict(class_names=["cats", "dogs"], image_size=image_size,'),
]
