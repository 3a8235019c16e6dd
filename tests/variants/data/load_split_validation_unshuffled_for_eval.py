"""Wrong: loads the validation part with shuffle=False so that every evaluation sees its batches in one fixed order; unshuffled, the file list is split before any shuffle, so the validation files are the last 20 % in folder order, not the complement of the shuffled training part; breaks 'Both parts are made with the same seed and the same split: two seeds shuffle the files two ways, and the parts overlap and miss files. Together the two parts hold every file exactly once.'"""

EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", "split"

MUTATE = [
    ('subset="validation", **common)',
     'subset="validation",\n'
     '                                                          shuffle=False,  # a fixed order for evaluation\n'
     '                                                          **common)'),
]
