"""Wrong: counts the files and rounds the validation share up (ceil(0.2 * n) / n); breaks '20 % of the files go to validation'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)',
     '    import math\n    import os\n    files = [name for folder in os.listdir(directory) if os.path.isdir(os.path.join(directory, folder))\n             for name in os.listdir(os.path.join(directory, folder))]\n    share = math.ceil(0.2 * len(files)) / len(files)  # at least 20 %, in whole files\n    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=share, seed=seed)'),
]
