"""Wrong: download=False: it reads a data set that is already there, but at home nothing is ever downloaded."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "download=True"
MUTATE = [("with_info=True,", "with_info=True, download=False,")]
