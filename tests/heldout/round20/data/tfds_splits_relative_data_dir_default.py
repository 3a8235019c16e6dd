"""Wrong: replaces a data_dir of None with a "tensorflow_datasets" folder in the working folder; breaks 'data_dir: the folder the data set lives in, passed through (None: the library's default folder)'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [("    split = [f\"train[:{train_percent}%]\", f\"train[{train_percent}%:]\"]",
           "    data_dir = data_dir or \"tensorflow_datasets\"\n    split = [f\"train[:{train_percent}%]\", f\"train[{train_percent}%:]\"]")]
