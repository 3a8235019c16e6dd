"""Wrong: Gave the validation part seed + 1 so the two parts 'differ'; breaks 'Both parts are made with the same seed and the same split ... together the two parts hold every file exactly once'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     'validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **{**common, "seed": seed + 1})'),
]
