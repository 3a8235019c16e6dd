"""Wrong: Made the validation part with shuffle=False, so it is split from another file order; breaks 'Both parts are made with the same seed and the same split ... every file exactly once'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     'validation = keras.utils.image_dataset_from_directory(directory, subset="validation", shuffle=False,\n                                                          **{k: v for k, v in common.items() if k != "seed"})'),
]
