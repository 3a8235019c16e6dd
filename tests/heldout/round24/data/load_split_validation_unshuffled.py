"""Wrong: the learner passed shuffle=False for the validation part, thinking validation needs no shuffling, so its files are split unshuffled while the training files are shuffled by the seed; breaks 'Both parts are made with the same seed and the same split ... Together the two parts hold every file exactly once.'"""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     'validation = keras.utils.image_dataset_from_directory(directory, subset="validation", shuffle=False,\n'
     '                                                       **common)'),
]
