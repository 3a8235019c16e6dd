"""Wrong: Gave the validation loader the TensorFlow tutorial's seed=123 while the training loader uses `seed`; breaks 'Both parts are made with the same seed and the same split: two seeds shuffle the files two ways, and the parts overlap and miss files'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     '''    validation = keras.utils.image_dataset_from_directory(directory, subset="validation",
                                                          **{**common, "seed": 123})'''),
]
