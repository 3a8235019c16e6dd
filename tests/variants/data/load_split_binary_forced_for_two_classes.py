"""Wrong: switches label_mode to "binary" whenever the folder has two classes, whatever label_mode was asked for; breaks 'label_mode: passed through'."""

EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", 'two classes'

MUTATE = [
    ('    common = dict(image_size=image_size,',
     '    import os\n\n    if len([d for d in os.listdir(directory) if os.path.isdir(os.path.join(directory, d))]) == 2:\n        label_mode = "binary"\n    common = dict(image_size=image_size,'),
]
